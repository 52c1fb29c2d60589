package dev.cloudfit.reports.xlsx;

import java.util.Objects;

/**
 * One cell as stored, not as displayed: numbers keep their full value (no thousands separators or
 * rounding from the cell style), text is text. {@code formula} says the cell held a formula whose
 * cached result this is; readers of facts should not trust such cells silently.
 *
 * <p>A value class rather than a record so that a number's text is only made when asked for: a
 * large sheet holds millions of numbers that are never read as text.
 */
public final class CellValue {

    /** What a cell holds. */
    public enum Kind { TEXT, NUMBER, BOOLEAN, ERROR }

    private final Kind kind;
    private final String text;
    private final double number;
    private final boolean formula;

    public CellValue(Kind kind, String text, double number, boolean formula) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.text = Objects.requireNonNull(text, "text");
        this.number = number;
        this.formula = formula;
    }

    private CellValue(double number, boolean formula) {
        this.kind = Kind.NUMBER;
        this.text = null;
        this.number = number;
        this.formula = formula;
    }

    public static CellValue text(String s) {
        return new CellValue(Kind.TEXT, s, Double.NaN, false);
    }

    public static CellValue number(double n) {
        return new CellValue(n, false);
    }

    /** A number cell whose text is the canonical form of the number, made on demand. */
    static CellValue number(double n, boolean formula) {
        return new CellValue(n, formula);
    }

    public Kind kind() {
        return kind;
    }

    /** The cell's text; for a number without given text, the number as {@link #canonical} writes it. */
    public String text() {
        return text != null ? text : canonical(number);
    }

    public double number() {
        return number;
    }

    public boolean formula() {
        return formula;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof CellValue c && kind == c.kind && text().equals(c.text())
                && Double.compare(number, c.number) == 0 && formula == c.formula;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, text(), number, formula);
    }

    @Override
    public String toString() {
        return "CellValue[kind=" + kind + ", text=" + text() + ", number=" + number + ", formula=" + formula + "]";
    }
}
