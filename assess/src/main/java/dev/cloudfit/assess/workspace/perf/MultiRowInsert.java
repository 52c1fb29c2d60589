package dev.cloudfit.assess.workspace.perf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes many rows with one statement per chunk ({@code INSERT ... VALUES (?, ?), (?, ?) ...}) instead
 * of a JDBC batch: DuckDB's driver runs a batch row by row, ~0.5 ms each against a keyed table, which
 * made the series and fetch rows of a merge cost more than its half million samples.
 */
final class MultiRowInsert {

    /** Rows per statement; the last chunk of a write is shorter and gets its own statement. */
    static final int CHUNK_ROWS = 500;

    /** Binds one row's values from {@code firstIndex} on. */
    @FunctionalInterface
    interface RowBinder<T> {
        void bind(PreparedStatement ps, int firstIndex, T row) throws SQLException;
    }

    private MultiRowInsert() {
    }

    /**
     * Runs {@code head + " VALUES " + rowTemplate, rowTemplate, ... + tail} over {@code rows} in chunks;
     * {@code rowTemplate} (e.g. {@code (?, make_timestamp(?))}) holds {@code params} parameters.
     */
    static <T> void write(Connection c, String head, String rowTemplate, int params, String tail, List<T> rows,
            RowBinder<T> binder) throws SQLException {
        for (int from = 0; from < rows.size(); from += CHUNK_ROWS) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK_ROWS));
            StringBuilder sql = new StringBuilder(head).append(" VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(rowTemplate);
            }
            sql.append(tail);
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < chunk.size(); i++) {
                    binder.bind(ps, 1 + i * params, chunk.get(i));
                }
                ps.executeUpdate();
            }
        }
    }
}
