package dev.cloudfit.reports.xlsx;

import java.util.Objects;

/**
 * One cell as stored, not as displayed: numbers keep their full value (no thousands separators or
 * rounding from the cell style), text is text. {@code formula} says the cell held a formula whose
 * cached result this is; readers of facts should not trust such cells silently.
 */
public record CellValue(Kind kind, String text, double number, boolean formula) {

    /** What a cell holds. */
    public enum Kind { TEXT, NUMBER, BOOLEAN, ERROR }

    public CellValue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static CellValue text(String s) {
        return new CellValue(Kind.TEXT, s, Double.NaN, false);
    }

    public static CellValue number(double n) {
        return new CellValue(Kind.NUMBER, canonical(n), n, false);
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /** True for empty text or whitespace only. */
    public boolean isBlank() {
        return kind == Kind.TEXT && text.isBlank();
    }

    /** A number as Java would write it without exponent noise: 2048.0 → "2048". */
    static String canonical(double n) {
        if (n == Math.rint(n) && Math.abs(n) < 1e15) {
            return Long.toString((long) n);
        }
        return Double.toString(n);
    }
}
