package dev.cloudfit.reports.table;

import java.util.Arrays;
import java.util.List;

/**
 * One sheet of a {@link TableOutput}, written row by row. Rows go out as they are given and are
 * not kept; a row may be shorter than the header (missing cells are blank) but never longer.
 */
public interface SheetOutput {

    /** The sheet's name, as given to {@link TableOutput#addSheet}. */
    String name();

    /** The header cells, in order. */
    List<String> headers();

    /** Appends a data row below the header and the rows before it. */
    void row(List<OutputCell> cells);

    default void row(OutputCell... cells) {
        row(Arrays.asList(cells));
    }

    /** How many data rows (the header not counted) were written so far. */
    long rowCount();
}
