package dev.cloudfit.reports.csv;

import dev.cloudfit.reports.table.OutputCell;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;

/**
 * How a typed cell reads in a CSV file: numbers in plain notation with a dot and no grouping
 * (whole numbers without a fraction), flags as {@code True}/{@code False}, date-times as
 * {@code yyyy/MM/dd HH:mm:ss} (the form RVTools has used since 3.7), text unchanged. The text is
 * not defused against spreadsheet formulas: CSV is a data interchange form and importers must see
 * the value as it was.
 */
public final class CsvCellText {

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

    private static final double EXACT_LONG_LIMIT = 1e15;

    private CsvCellText() {
    }

    public static String of(OutputCell cell) {
        if (cell == null || cell instanceof OutputCell.Blank) {
            return "";
        }
        if (cell instanceof OutputCell.Text t) {
            return t.value();
        }
        if (cell instanceof OutputCell.Number n) {
            return number(n.value());
        }
        if (cell instanceof OutputCell.Flag f) {
            return f.text();
        }
        if (cell instanceof OutputCell.Timestamp ts) {
            return TIMESTAMP.format(ts.value());
        }
        throw new IllegalArgumentException("unknown cell kind: " + cell);
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < EXACT_LONG_LIMIT) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
