package dev.cloudfit.assess.inventory.rvtools;

import java.util.regex.Pattern;

/**
 * Numbers written as text in a workbook cell: {@code 2048}, {@code -1}, {@code 2048.5}, grouped
 * {@code 16,384} (RVTools 3.x formatted numbers so) and a trailing {@code %}. Anything else is not a
 * number; this never guesses a decimal comma (CSV input uses its own locale-aware parser).
 */
final class PlainNumber {

    private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private PlainNumber() {
    }

    /** The value, or NaN when the text is not a number. */
    static double parse(String text) {
        String t = text.trim().replace("\u00a0", "").replace("\u202f", "");
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        if (PLAIN.matcher(t).matches()) {
            return Double.parseDouble(t);
        }
        if (GROUPED.matcher(t).matches()) {
            return Double.parseDouble(t.replace(",", ""));
        }
        return Double.NaN;
    }
}
