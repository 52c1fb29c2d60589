package dev.cloudfit.assess.workspace;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work in one DuckDB transaction: all of it is committed, or none (rolled back on any
 * failure, and lost if the process dies before the commit), so a workspace is never half-written.
 */
public final class Transactions {

    /** Work that talks to the database. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private Transactions() {
    }

    public static <T> T inTransaction(Connection connection, String what, SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new WorkspaceException("workspace: cannot " + what + ": " + e.getMessage(), e);
        }
    }

    /** Work outside an explicit transaction (each statement commits on its own). */
    public static <T> T autoCommit(Connection connection, String what, SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new WorkspaceException("workspace: cannot " + what + ": " + e.getMessage(), e);
        }
    }
}
