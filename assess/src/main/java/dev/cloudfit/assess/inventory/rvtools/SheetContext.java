package dev.cloudfit.assess.inventory.rvtools;

import dev.cloudfit.assess.inventory.Plausible;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.reports.xlsx.CellValue;
import dev.cloudfit.reports.xlsx.SheetRow;
import java.util.Locale;

/**
 * Typed, located access to the cells of one sheet: every value that cannot be read becomes a
 * one-line error naming file, sheet, row and column, and every safe oddity a counted warning.
 */
final class SheetContext {

    private final InputLocation sheetLocation;
    private final HeaderRow header;
    private final ImportLog log;

    SheetContext(InputLocation sheetLocation, HeaderRow header, ImportLog log) {
        this.sheetLocation = sheetLocation;
        this.header = header;
        this.log = log;
    }

    HeaderRow header() {
        return header;
    }

    ImportLog log() {
        return log;
    }

    String sheet() {
        return header.sheet();
    }

    InputLocation at(SheetRow row, int column) {
        InputLocation r = sheetLocation.atRow(row.rowNumber());
        return column < 0 ? r : r.atColumn(header.name(column));
    }

    InputLocation at(SheetRow row) {
        return sheetLocation.atRow(row.rowNumber());
    }

    private CellValue cell(SheetRow row, int column) {
        if (column < 0) {
            return null;
        }
        CellValue c = row.cell(column);
        if (c != null && c.formula()) {
            log.warn("rvtools.formula-cell", at(row, column), c.isBlank()
                    ? "a formula cell without a calculated value (saved without calculating); read as empty"
                    : "a formula cell; its last calculated value '" + c.text() + "' was used");
        }
        if (c != null && c.kind() == CellValue.Kind.ERROR) {
            throw new BadInputException(at(row, column), "the cell holds a spreadsheet error (" + c.text() + ")");
        }
        return c == null || c.isBlank() ? null : c;
    }

    /** Trimmed text, or null when the cell is empty or absent. */
    String text(SheetRow row, int column) {
        CellValue c = cell(row, column);
        return c == null ? null : c.text().trim();
    }

    /** A number, or NaN when empty; a cell that is not a number is an error. */
    double number(SheetRow row, int column) {
        CellValue c = cell(row, column);
        if (c == null) {
            return Double.NaN;
        }
        double n = c.isNumber() ? c.number() : PlainNumber.parse(c.text());
        if (Double.isNaN(n) || Double.isInfinite(n)) {
            throw new BadInputException(at(row, column), "expected a number, found '" + shorten(c.text()) + "'");
        }
        return n;
    }

    /** A number up to {@code max} (see {@link Plausible}), or NaN when empty. */
    double number(SheetRow row, int column, double max) {
        double n = number(row, column);
        if (n > max) {
            throw new BadInputException(at(row, column), "found " + format(n) + ", more than any real value"
                    + " (at most " + format(max) + ")");
        }
        return n;
    }

    /** A whole count from 0 to {@code max} (see {@link Plausible}), or -1 when empty. */
    int count(SheetRow row, int column, int max) {
        double n = number(row, column);
        if (Double.isNaN(n)) {
            return -1;
        }
        if (n < 0) {
            throw new BadInputException(at(row, column), "expected a count of zero or more, found " + format(n));
        }
        if (n != Math.rint(n)) {
            throw new BadInputException(at(row, column), "expected a whole number, found " + format(n));
        }
        if (n > max) {
            throw new BadInputException(at(row, column), "a count of " + format(n) + " is more than any real"
                    + " VMware inventory holds (at most " + max + ")");
        }
        return (int) n;
    }

    /**
     * A size given in MiB (RVTools' "MB" headers mean MiB too) from 0 to {@code max} (see
     * {@link Plausible}), or null when empty.
     */
    DataSize mebibytes(SheetRow row, int column, DataSize max) {
        double n = number(row, column);
        if (Double.isNaN(n)) {
            return null;
        }
        if (n < 0) {
            throw new BadInputException(at(row, column), "a size cannot be negative, found " + format(n));
        }
        if (n > max.toMebibytes()) {
            throw new BadInputException(at(row, column), "a size of " + format(n) + " MiB is more than any real"
                    + " one (at most " + format(max.toMebibytes()) + " MiB = " + max + ")");
        }
        return DataSize.ofMebibytes(n);
    }

    /** True/TRUE/true/1/yes and their opposites; null when empty; anything else is a counted warning. */
    Boolean bool(SheetRow row, int column) {
        String t = text(row, column);
        if (t == null) {
            return null;
        }
        switch (t.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "y", "1.0" -> {
                return Boolean.TRUE;
            }
            case "false", "0", "no", "n", "0.0" -> {
                return Boolean.FALSE;
            }
            default -> {
                log.warn("rvtools.not-a-boolean", at(row, column), "expected True or False, found '"
                        + shorten(t) + "'; treated as unknown");
                return null;
            }
        }
    }

    boolean flag(SheetRow row, int column) {
        Boolean b = bool(row, column);
        return b != null && b;
    }

    private static String format(double n) {
        return n == Math.rint(n) && Math.abs(n) < 1e15 ? Long.toString((long) n) : Double.toString(n);
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
