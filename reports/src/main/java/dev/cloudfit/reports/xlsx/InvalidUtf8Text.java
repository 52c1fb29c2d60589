package dev.cloudfit.reports.xlsx;

/**
 * A text value in a workbook part whose bytes are not valid UTF-8: a damaged or hand-edited part. Decoding such
 * bytes would quietly turn them into U+FFFD, so the reader refuses them and says where: a cell of a sheet (row,
 * column) or an item of the shared strings.
 */
final class InvalidUtf8Text extends RuntimeException {

    /** The 1-based row and 0-based column of the cell, or -1 when the text is not a cell's. */
    private final long row;
    private final int column;
    /** The 0-based index in the shared strings, or -1. */
    private final int sharedString;

    private InvalidUtf8Text(long row, int column, int sharedString) {
        super(null, null, false, false);
        this.row = row;
        this.column = column;
        this.sharedString = sharedString;
    }

    /** The text being decoded, before anyone says where it was. */
    static InvalidUtf8Text somewhere() {
        return new InvalidUtf8Text(-1, -1, -1);
    }

    InvalidUtf8Text inCell(long rowNumber, int columnIndex) {
        return new InvalidUtf8Text(rowNumber, columnIndex, -1);
    }

    InvalidUtf8Text inSharedString(int index) {
        return new InvalidUtf8Text(-1, -1, index);
    }

    long row() {
        return row;
    }

    /** The cell as a spreadsheet names it, such as {@code B2}. */
    String cell() {
        return CellReference.letters(column) + row;
    }

    boolean isCell() {
        return row >= 0 && column >= 0;
    }

    int sharedString() {
        return sharedString;
    }

    @Override
    public String getMessage() {
        return isCell() ? "cell " + cell() + " is not valid UTF-8 text"
                : sharedString >= 0 ? "shared string " + (sharedString + 1) + " is not valid UTF-8 text"
                : "a text is not valid UTF-8";
    }
}
