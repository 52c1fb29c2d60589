package dev.cloudfit.reports.xlsx;

/** Receives the rows of one sheet in order, as they are parsed. */
@FunctionalInterface
public interface RowHandler {

    void row(SheetRow row);

    /**
     * Whether the reader should decode cells of this 0-based column; skipping the columns nobody
     * reads keeps wide sheets fast. Asked for every cell, so keep it cheap. All, by default.
     */
    default boolean wants(int column) {
        return true;
    }
}
