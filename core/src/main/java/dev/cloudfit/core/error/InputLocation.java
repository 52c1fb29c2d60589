package dev.cloudfit.core.error;

import java.nio.file.Path;

/**
 * Where in the user's input something is: a file, and optionally a sheet, a 1-based row (as a
 * spreadsheet shows it) and a column header. Prints as {@code file.xlsx, sheet vInfo, row 12, column CPUs}.
 */
public record InputLocation(Path file, String sheet, long row, String column) {

    public static InputLocation of(Path file) {
        return new InputLocation(file, null, 0, null);
    }

    public InputLocation inSheet(String name) {
        return new InputLocation(file, name, 0, null);
    }

    public InputLocation atRow(long rowNumber) {
        return new InputLocation(file, sheet, rowNumber, null);
    }

    public InputLocation atColumn(String header) {
        return new InputLocation(file, sheet, row, header);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file == null ? "<input>" : String.valueOf(file.getFileName()));
        if (sheet != null) {
            s.append(", sheet ").append(sheet);
        }
        if (row > 0) {
            s.append(", row ").append(row);
        }
        if (column != null) {
            s.append(", column '").append(column).append('\'');
        }
        return s.toString();
    }
}
