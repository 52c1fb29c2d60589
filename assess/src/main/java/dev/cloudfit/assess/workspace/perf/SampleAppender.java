package dev.cloudfit.assess.workspace.perf;

import dev.cloudfit.assess.workspace.SqlTime;
import dev.cloudfit.assess.workspace.TimeRange;
import dev.cloudfit.assess.workspace.Transactions;
import dev.cloudfit.assess.workspace.WorkspaceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Streams performance samples into a workspace with bounded memory. Samples go through DuckDB's
 * appender into {@code perf_sample_staging}; every {@code batchRows} rows (and on {@link #close()})
 * one transaction moves the staged rows into {@code perf_sample}, empties the stage and records what
 * arrived per series in {@code perf_fetch}; new series rows are written in that same transaction (their
 * ids are assigned here, which is why a workspace has one open appender at a time).
 *
 * <p>perf_sample has no key (an index made every insert ~10× dearer), so the merge itself keeps one row
 * per (series, time): rows of series whose first rows are in this batch go in without a look-up (the
 * store cannot hold them yet: ids are assigned ascending, so they are the ids from
 * {@code uncheckedFrom}), the rest are anti-joined against the stored rows of their id and time span,
 * so overlapping re-collections add no duplicates. A crash loses at most the rows of the current batch;
 * the next open empties the stage and marks the run interrupted. The JVM holds one map entry per
 * series, never samples.
 */
public final class SampleAppender implements AutoCloseable {

    public static final int DEFAULT_BATCH_ROWS = 500_000;

    private final Connection connection;
    private final long runId;
    private final int batchRows;
    private final DuckDBAppender appender;
    private final Map<SeriesKey, Integer> ids = new HashMap<>();
    private final Map<SeriesKey, String> units = new HashMap<>();
    private final Map<Integer, PerfSeries> pendingSeries = new LinkedHashMap<>();
    private final boolean storeHasSeries;
    /** FIND_SERIES, prepared once: preparing it per declared series cost about 1 ms each. */
    private PreparedStatement findSeries;
    private int nextSeriesId;
    /** Series ids from here on have no rows in the store yet (none merged before the coming merge). */
    private int uncheckedFrom;
    /** The last series appended to and its fetch, so a run of samples of one series skips the map. */
    private int lastSeriesId = Integer.MIN_VALUE;
    private Fetch lastFetch;
    private final Map<Integer, Fetch> fetches = new HashMap<>();
    private final Map<Integer, Fetch> touched = new LinkedHashMap<>();
    private int staged;
    private long received;
    private long inserted;
    private boolean closed;

    /** What this run asked for on one series and how many points arrived. */
    private static final class Fetch {
        final TimeRange range;
        final long expected;
        long received;

        Fetch(TimeRange range, long expected) {
            this.range = range;
            this.expected = expected;
        }
    }

    public SampleAppender(Connection connection, long runId, int batchRows) {
        if (batchRows < 1) {
            throw new IllegalArgumentException("batchRows must be positive");
        }
        this.connection = connection;
        this.runId = runId;
        this.batchRows = batchRows;
        try {
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*), coalesce(max(series_id), 0) FROM perf_series")) {
                rs.next();
                this.storeHasSeries = rs.getLong(1) > 0;
                this.nextSeriesId = rs.getInt(2) + 1;
                this.uncheckedFrom = nextSeriesId;
            }
            this.appender = connection.unwrap(DuckDBConnection.class)
                    .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "perf_sample_staging");
        } catch (SQLException e) {
            throw new WorkspaceException("workspace: cannot start appending samples: " + e.getMessage(), e);
        }
    }

    /**
     * Declares a series this run fetches over {@code requested}: creates the series on first sight
     * (its unit must not change later) and records the points expected. Returns the id to append with.
     */
    public int declare(PerfSeries series, TimeRange requested) {
        String knownUnit = units.get(series.key());
        if (knownUnit != null && !knownUnit.equals(series.unit())) {
            throw new IllegalArgumentException("series " + series.key() + " is stored in " + knownUnit
                    + ", not " + series.unit());
        }
        Integer id = ids.get(series.key());
        if (id == null) {
            id = storeHasSeries ? Transactions.autoCommit(connection, "look up series " + series.key(),
                    c -> storedSeriesId(findSeries(c), series)) : null;
            if (id == null) {
                id = nextSeriesId++;
                pendingSeries.put(id, series); // written with the next merge, in its transaction
            }
            ids.put(series.key(), id);
        }
        units.put(series.key(), series.unit());
        Fetch f = new Fetch(requested, requested.expectedPoints(series.key().interval()));
        fetches.put(id, f);
        touched.put(id, f);
        if (id == lastSeriesId) {
            lastFetch = f;
        }
        return id;
    }

    /** Appends one sample of a declared series; the value is in the series' unit. */
    public void append(int seriesId, Instant timestamp, double value) {
        Fetch f = lastFetch;
        if (seriesId != lastSeriesId) {
            f = fetches.get(seriesId);
            if (f == null) {
                throw new IllegalArgumentException("series " + seriesId + " was not declared in this appender");
            }
            touched.put(seriesId, f);
            lastSeriesId = seriesId;
            lastFetch = f;
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("sample value must be finite: " + value);
        }
        try {
            appender.beginRow();
            appender.append(seriesId);
            appender.append(SqlTime.micros(timestamp));
            appender.append(value);
            appender.endRow();
        } catch (SQLException e) {
            throw new WorkspaceException("workspace: cannot append a sample: " + e.getMessage(), e);
        }
        f.received++;
        received++;
        if (++staged >= batchRows) {
            merge();
        }
    }

    public boolean isClosed() {
        return closed;
    }

    /** Samples appended so far (including duplicates of stored points). */
    public long received() {
        return received;
    }

    /** Samples that were new to the workspace, as of the last merge. */
    public long inserted() {
        return inserted;
    }

    /** Moves the staged rows into the store now (also done every {@code batchRows} and on close). */
    public void merge() {
        try {
            appender.flush();
        } catch (SQLException e) {
            throw new WorkspaceException("workspace: cannot flush samples: " + e.getMessage(), e);
        }
        inserted += Transactions.inTransaction(connection, "store samples", c -> {
            if (!pendingSeries.isEmpty()) {
                insertSeries(c);
            }
            long n = mergeStage(c, uncheckedFrom);
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM perf_sample_staging");
            }
            MultiRowInsert.write(c, PerfSql.UPSERT_FETCH, PerfSql.FETCH_ROW, 6, PerfSql.UPSERT_FETCH_TAIL,
                    List.copyOf(touched.entrySet()), (ps, i, e) -> {
                        Fetch f = e.getValue();
                        ps.setLong(i, runId);
                        ps.setInt(i + 1, e.getKey());
                        SqlTime.bind(ps, i + 2, f.range.start());
                        SqlTime.bind(ps, i + 3, f.range.end());
                        ps.setLong(i + 4, f.expected);
                        ps.setLong(i + 5, f.received);
                    });
            return n;
        });
        uncheckedFrom = nextSeriesId;
        touched.clear();
        if (lastFetch != null) {
            touched.put(lastSeriesId, lastFetch); // appends to it continue without a map look-up
        }
        pendingSeries.clear();
        staged = 0;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            merge();
        } finally {
            try {
                appender.close();
                if (findSeries != null) {
                    findSeries.close();
                }
            } catch (SQLException e) {
                throw new WorkspaceException("workspace: cannot close the sample appender: " + e.getMessage(), e);
            }
        }
    }

    /** Moves the stage into perf_sample without duplicates (see the class comment); returns the rows added. */
    private static long mergeStage(Connection c, int uncheckedFrom) throws SQLException {
        long n;
        try (PreparedStatement ps = c.prepareStatement(PerfSql.MERGE_NEW_SERIES)) {
            ps.setInt(1, uncheckedFrom);
            n = ps.executeUpdate();
        }
        int lo;
        int hi;
        long t0;
        long t1;
        try (PreparedStatement ps = c.prepareStatement(PerfSql.STAGED_STORED_SPAN)) {
            ps.setInt(1, uncheckedFrom);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(5) == 0) {
                    return n;
                }
                lo = rs.getInt(1);
                hi = rs.getInt(2);
                t0 = rs.getLong(3);
                t1 = rs.getLong(4);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(PerfSql.MERGE_STORED_SERIES)) {
            ps.setInt(1, uncheckedFrom);
            ps.setInt(2, lo);
            ps.setInt(3, hi);
            ps.setLong(4, t0);
            ps.setLong(5, t1);
            n += ps.executeUpdate();
        }
        return n;
    }

    private PreparedStatement findSeries(Connection c) throws SQLException {
        if (findSeries == null) {
            findSeries = c.prepareStatement(PerfSql.FIND_SERIES);
        }
        return findSeries;
    }

    /** The id of a series already in the store, checking its unit; null when it is new. */
    private static Integer storedSeriesId(PreparedStatement ps, PerfSeries series) throws SQLException {
        SeriesKey k = series.key();
        ps.setString(1, k.vmKey());
        ps.setString(2, k.counter());
        ps.setString(3, k.instance());
        ps.setLong(4, k.interval().toSeconds());
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            if (!rs.getString("unit").equals(series.unit())) {
                throw new IllegalArgumentException("series " + k + " is stored in " + rs.getString("unit")
                        + ", not " + series.unit());
            }
            return rs.getInt("series_id");
        }
    }

    private void insertSeries(Connection c) throws SQLException {
        MultiRowInsert.write(c, PerfSql.INSERT_SERIES, PerfSql.SERIES_ROW, 8, "", List.copyOf(pendingSeries.entrySet()),
                (ps, i, e) -> {
                    SeriesKey k = e.getValue().key();
                    ps.setInt(i, e.getKey());
                    ps.setString(i + 1, k.vmKey());
                    ps.setString(i + 2, k.counter());
                    ps.setString(i + 3, k.instance());
                    ps.setLong(i + 4, k.interval().toSeconds());
                    ps.setString(i + 5, e.getValue().unit());
                    ps.setString(i + 6, e.getValue().source().code());
                    ps.setString(i + 7, e.getValue().sourceDetail());
                });
    }
}
