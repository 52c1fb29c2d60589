package dev.cloudfit.assess.workspace;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Instants cross JDBC as epoch microseconds ({@code make_timestamp(?)} in, {@code epoch_us(col)} out):
 * DuckDB's TIMESTAMP is UTC microseconds, and this way no JVM or session time zone can shift a value.
 */
public final class SqlTime {

    private SqlTime() {
    }

    public static long micros(Instant t) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, t);
    }

    public static Instant fromMicros(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    /** Binds an instant (or null) to a {@code make_timestamp(?)} parameter. */
    public static void bind(PreparedStatement ps, int index, Instant t) throws SQLException {
        if (t == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, micros(t));
        }
    }

    /** Reads an {@code epoch_us(col)} column, null-safe. */
    public static Instant read(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : fromMicros(v);
    }

    /** Reads an {@code epoch_us(col)} column by position, null-safe. */
    public static Instant read(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : fromMicros(v);
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
