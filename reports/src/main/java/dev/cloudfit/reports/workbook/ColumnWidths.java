package dev.cloudfit.reports.workbook;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths computed from what was written (SXSSF cannot auto-size without keeping rows):
 * the longest text per column, in characters, clamped to a readable range.
 */
final class ColumnWidths {

    private static final int MIN_CHARS = 6;
    private static final int MAX_CHARS = 60;

    private final int[] chars;

    ColumnWidths(int columns) {
        chars = new int[columns];
    }

    void see(int column, int length) {
        if (column < chars.length && length > chars[column]) {
            chars[column] = length;
        }
    }

    void see(int column, String text) {
        see(column, longestLine(text));
    }

    void applyTo(Sheet sheet) {
        for (int c = 0; c < chars.length; c++) {
            int width = Math.max(MIN_CHARS, Math.min(MAX_CHARS, chars[c] + 2));
            sheet.setColumnWidth(c, width * 256);
        }
    }

    private static int longestLine(String text) {
        int longest = 0;
        int current = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                longest = Math.max(longest, current);
                current = 0;
            } else {
                current++;
            }
        }
        return Math.max(longest, current);
    }
}
