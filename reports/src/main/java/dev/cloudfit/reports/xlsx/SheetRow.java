package dev.cloudfit.reports.xlsx;

import java.util.List;

/**
 * One row of a sheet: its number as a spreadsheet shows it (1-based) and its cells by column
 * (index 0 = column A); a missing cell is null.
 */
public record SheetRow(long rowNumber, List<CellValue> cells) {

    public SheetRow {
        cells = java.util.Collections.unmodifiableList(cells);
    }

    /** The cell in a 0-based column, or null when the row has none there. */
    public CellValue cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : null;
    }

    /** True when no cell holds anything but blank text. */
    public boolean isBlank() {
        for (CellValue c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
