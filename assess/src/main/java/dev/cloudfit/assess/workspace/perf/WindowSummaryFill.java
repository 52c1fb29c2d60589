package dev.cloudfit.assess.workspace.perf;

import dev.cloudfit.assess.workspace.SqlTime;
import dev.cloudfit.assess.workspace.TimeRange;
import dev.cloudfit.assess.workspace.Workspace;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Computes every series' summary over one window into {@code perf_summary_cache}, streaming the
 * samples through the JVM series range by series range: each range's points (series id and value,
 * numbers only) are read, grouped per series, and reduced to the nearest-rank P50/P90/P95/P99
 * ({@link NearestRank}), min, max, count and first/last time. Memory is bounded by the points of one
 * range (about {@link #POINTS_PER_RANGE}, two ranges in flight: one thread reads the next range while a
 * worker sorts the last), whatever the size of the store. The numbers land in
 * {@code perf_summary_stage} through DuckDB's appender, and one {@code INSERT ... SELECT} joins them to
 * the series' names.
 *
 * <p>Why not SQL: {@code quantile_disc} over a {@code GROUP BY} of 555 M samples (100,000 VMs, 30 days
 * at 2 h) took 50–90 s and 11–13 GB of native memory on 2 cores; reading numeric columns through JDBC
 * is fast (tens of millions of rows a second) and sorting ~360 points per series is cheap. Ranges of
 * series ids stay cheap to select because samples are stored in series order per batch (see V004):
 * DuckDB skips row groups by their min/max series id.
 *
 * <p>While the ranges are read DuckDB's memory limit is lowered to {@link #READ_MEMORY_LIMIT}: a range's
 * result is tens of MB, and with the workspace's full limit DuckDB kept taking fresh memory for the
 * blocks it loads (a 100,000-VM history is ~5 GB) instead of reusing what it had, and the page faults
 * of that fresh memory were a third of the time (measured on 2 cores: 33.2 s with the full 3 GB, 24.5 s
 * with 256 MB; bench/README.md).
 */
final class WindowSummaryFill {

    /** Target number of points held per series range. */
    static final int POINTS_PER_RANGE = 2_000_000;

    /** DuckDB's memory limit while ranges are read: a few ranges' results (~50 MB each) and the blocks being scanned. */
    static final String READ_MEMORY_LIMIT = "256MB";

    private static final String RANGE = "SELECT series_id, epoch_us(ts), value FROM perf_sample "
            + "WHERE series_id >= ? AND series_id < ? AND ts >= make_timestamp(?) AND ts < make_timestamp(?)";
    private static final String PUBLISH = "INSERT INTO perf_summary_cache SELECT ?, ?, ?, s.vm_key, s.counter, "
            + "s.instance, s.interval_s, s.unit, s.source, t.received, t.p50, t.p90, t.p95, t.p99, t.min_v, t.max_v, "
            + "t.first_us, t.last_us FROM perf_summary_stage t JOIN perf_series s USING (series_id)";

    private final Connection connection;
    private final int pointsPerRange;

    WindowSummaryFill(Connection connection) {
        this(connection, POINTS_PER_RANGE);
    }

    /** With another range budget: tests use a small one to cross many ranges. */
    WindowSummaryFill(Connection connection, int pointsPerRange) {
        this.connection = connection;
        this.pointsPerRange = pointsPerRange;
    }

    /** Fills the cache for {@code window} under {@code stamp}; the caller holds the transaction. */
    void fill(TimeRange window, String stamp) throws SQLException {
        long startUs = SqlTime.micros(window.start());
        long endUs = SqlTime.micros(window.end());
        long[] idRange = seriesIdRange();
        try (Statement s = connection.createStatement()) {
            s.execute("DELETE FROM perf_summary_stage");
        }
        if (idRange != null) {
            int perRange = seriesPerRange();
            // two ranges in flight: the worker sorts one while this thread reads the next (2 cores)
            Chunk[] chunks = {new Chunk(), new Chunk()};
            ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "cloudfit-summaries");
                t.setDaemon(true);
                return t;
            });
            setMemoryLimit(READ_MEMORY_LIMIT);
            try (PreparedStatement ps = connection.prepareStatement(RANGE);
                    DuckDBAppender out = connection.unwrap(DuckDBConnection.class)
                            .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "perf_summary_stage")) {
                Future<Reduced> pending = null;
                int k = 0;
                for (long lo = idRange[0]; lo <= idRange[1]; k ^= 1) {
                    long hi = Math.min(idRange[1] + 1, lo + perRange);
                    Chunk chunk = chunks[k];
                    chunk.reset((int) lo, (int) (hi - lo));
                    ps.setLong(1, lo);
                    ps.setLong(2, hi);
                    ps.setLong(3, startUs);
                    ps.setLong(4, endUs);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            chunk.add(rs.getInt(1), rs.getLong(2), rs.getDouble(3));
                        }
                    }
                    if (pending != null) {
                        done(pending).appendTo(out);
                    }
                    pending = worker.submit(chunk::reduce);
                    lo = hi;
                }
                if (pending != null) {
                    done(pending).appendTo(out);
                }
                out.flush();
            } finally {
                worker.shutdownNow();
                setMemoryLimit(Workspace.MEMORY_LIMIT);
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(PUBLISH)) {
            ps.setLong(1, startUs);
            ps.setLong(2, endUs);
            ps.setString(3, stamp);
            ps.executeUpdate();
        }
        try (Statement s = connection.createStatement()) {
            s.execute("DELETE FROM perf_summary_stage");
        }
    }

    private void setMemoryLimit(String limit) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET memory_limit = '" + limit + "'");
        }
    }

    private long[] seriesIdRange() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT min(series_id), max(series_id) FROM perf_series")) {
            rs.next();
            long min = rs.getLong(1);
            return rs.wasNull() ? null : new long[] {min, rs.getLong(2)};
        }
    }

    /** Series per range so that a range holds about {@code pointsPerRange} points, from the store's average. */
    private int seriesPerRange() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM perf_sample), (SELECT count(*) FROM perf_series)")) {
            rs.next();
            long samples = rs.getLong(1);
            long series = Math.max(1, rs.getLong(2));
            long perSeries = Math.max(1, samples / series);
            return (int) Math.max(1, Math.min(1 << 20, pointsPerRange / perSeries));
        }
    }

    /** The points of one series range, grouped per series by a counting sort, then reduced. */
    private static final class Chunk {
        private int firstId;
        private int series;
        private int[] count = new int[0];
        private long[] firstUs = new long[0];
        private long[] lastUs = new long[0];
        private int[] rowSeries = new int[1 << 16];
        private double[] rowValue = new double[1 << 16];
        private double[] grouped = new double[0];
        private int rows;

        void reset(int firstId, int series) {
            this.firstId = firstId;
            this.series = series;
            if (count.length < series) {
                count = new int[series];
                firstUs = new long[series];
                lastUs = new long[series];
            }
            Arrays.fill(count, 0, series, 0);
            Arrays.fill(firstUs, 0, series, Long.MAX_VALUE);
            Arrays.fill(lastUs, 0, series, Long.MIN_VALUE);
            rows = 0;
        }

        void add(int seriesId, long tsUs, double value) {
            int i = seriesId - firstId;
            if (rows == rowSeries.length) {
                rowSeries = Arrays.copyOf(rowSeries, rows * 2);
                rowValue = Arrays.copyOf(rowValue, rows * 2);
            }
            rowSeries[rows] = i;
            rowValue[rows] = value;
            rows++;
            count[i]++;
            if (tsUs < firstUs[i]) {
                firstUs[i] = tsUs;
            }
            if (tsUs > lastUs[i]) {
                lastUs[i] = tsUs;
            }
        }

        /** Groups the points per series, sorts each series and reduces it; runs on the worker thread. */
        Reduced reduce() {
            Reduced r = new Reduced(series);
            if (rows == 0) {
                return r;
            }
            if (grouped.length < rows) {
                grouped = new double[Math.max(rows, grouped.length * 2)];
            }
            int[] next = new int[series];
            int offset = 0;
            for (int i = 0; i < series; i++) {
                next[i] = offset;
                offset += count[i];
            }
            for (int row = 0; row < rows; row++) {
                grouped[next[rowSeries[row]]++] = rowValue[row];
            }
            int from = 0;
            for (int i = 0; i < series; i++) {
                int n = count[i];
                if (n > 0) {
                    double min = grouped[from];
                    double max = min;
                    for (int x = from + 1; x < from + n; x++) {
                        double v = grouped[x];
                        if (v < min) {
                            min = v;
                        }
                        if (v > max) {
                            max = v;
                        }
                    }
                    double[] q = NearestRank.select(grouped, from, n, 50, 90, 95, 99);
                    r.add(firstId + i, n, new double[] {q[0], q[1], q[2], q[3], min, max}, firstUs[i], lastUs[i]);
                    from += n;
                }
            }
            return r;
        }
    }

    /** The summaries of one range's series: id, count, P50/P90/P95/P99/min/max, first and last time. */
    private static final class Reduced {
        private final int[] ids;
        private final int[] counts;
        private final double[][] stats;
        private final long[] first;
        private final long[] last;
        private int size;

        Reduced(int capacity) {
            ids = new int[capacity];
            counts = new int[capacity];
            stats = new double[capacity][];
            first = new long[capacity];
            last = new long[capacity];
        }

        void add(int id, int count, double[] stat, long firstUs, long lastUs) {
            ids[size] = id;
            counts[size] = count;
            stats[size] = stat;
            first[size] = firstUs;
            last[size] = lastUs;
            size++;
        }

        void appendTo(DuckDBAppender out) throws SQLException {
            for (int i = 0; i < size; i++) {
                out.beginRow();
                out.append(ids[i]);
                out.append((long) counts[i]);
                for (double v : stats[i]) {
                    out.append(v);
                }
                out.append(first[i]);
                out.append(last[i]);
                out.endRow();
            }
        }
    }

    private static Reduced done(Future<Reduced> f) throws SQLException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while summarising", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new SQLException(cause);
        }
    }
}
