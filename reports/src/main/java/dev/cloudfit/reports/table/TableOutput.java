package dev.cloudfit.reports.table;

import java.io.IOException;
import java.util.List;

/**
 * A set of named sheets written in one pass, whatever the form (an xlsx workbook, a folder or a zip
 * of CSV files). Sheets may be filled at the same time, so a producer that makes every sheet's rows
 * from one walk over its data needs that walk only once; each form keeps only a bounded window of
 * rows in memory.
 *
 * <p>Nothing appears at the target until {@link #commit()} succeeds: the output is built in temporary
 * files next to the target and moved into place at the end. {@link #close()} without a commit (an
 * exception on the way) deletes the temporary files and leaves the target as it was.
 */
public interface TableOutput extends AutoCloseable {

    /** Adds a sheet with its header row; sheets keep the order in which they were added. */
    SheetOutput addSheet(String name, List<String> headers);

    /** Finishes every sheet and moves the result into place. No rows may follow. */
    void commit() throws IOException;

    /** Releases temporary files; discards the output when {@link #commit()} did not succeed. */
    @Override
    void close() throws IOException;
}
