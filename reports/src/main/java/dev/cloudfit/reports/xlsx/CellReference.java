package dev.cloudfit.reports.xlsx;

/** Spreadsheet cell references ("AB12") to 0-based column indexes and back. */
public final class CellReference {

    private CellReference() {
    }

    /** The 0-based column of a reference such as {@code AB12}, or -1 when it has no letters. */
    public static int column(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length()) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            i++;
        }
        return i == 0 ? -1 : col - 1;
    }

    /** The letters of a 0-based column: 0 → A, 27 → AB. */
    public static String letters(int column) {
        StringBuilder s = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            s.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return s.toString();
    }
}
