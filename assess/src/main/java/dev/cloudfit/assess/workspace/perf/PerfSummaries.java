package dev.cloudfit.assess.workspace.perf;

import dev.cloudfit.assess.workspace.SqlTime;
import dev.cloudfit.assess.workspace.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Per-VM, per-series summaries computed by DuckDB, for the sizing engine. DuckDB aggregates the
 * samples; the JVM receives one row per series, grouped into one {@link VmPerfSummary} per VM and
 * handed over VM by VM: samples never enter the JVM, and it holds one VM's summaries at a time.
 *
 * <p>Percentiles use {@code quantile_disc}: the value of an actual point, no interpolation between
 * two. Azure Migrate documents its method as "sort the points ascending and take the value at the
 * chosen percentile" (Discovery and assessment, performance-based sizing), which is a discrete
 * percentile; {@code quantile_cont} would invent values between points, and on the few points of a
 * 2-hour rollup (12 a day) that moves a P95 by a large step. DuckDB's discrete quantile is the
 * nearest-rank method: the {@code ceil(q × n)}-th smallest of n points (measured on DuckDB 1.3.2:
 * P95 of 360 points is the 342nd smallest, P99 the 357th; P95 of 10 points is the largest; P50 of
 * 4 points the 2nd), pinned by {@code WorkspaceSummariesTest}.
 *
 * <p>Whole-estate summaries ({@link #forEachVm}) go through {@code perf_summary_cache}: computed once per
 * window and state of the samples (their count and the series count: samples are only ever added) by
 * {@link WindowSummaryFill}, which streams the samples through the JVM with the same nearest-rank rule,
 * then read back, so re-assessing a workspace with other settings does not sort every sample again. One
 * VM's summary ({@link #ofVm}) is computed by DuckDB directly; the tests hold both to the same values.
 *
 * <p>Series at different intervals (e.g. 1 day at 5 min and 30 days at 2 h) are summarised
 * separately; the caller chooses, and the interval is in every summary.
 */
public final class PerfSummaries {

    private static final String SUMMARY = "SELECT vm_key, counter, instance, interval_s, unit, source, received, "
            + "q[1] AS p50, q[2] AS p90, q[3] AS p95, q[4] AS p99, min_v, max_v, first_us, last_us FROM ("
            + "SELECT s.vm_key, s.counter, s.instance, s.interval_s, s.unit, s.source, count(*) AS received, "
            + "quantile_disc(p.value, [0.5, 0.9, 0.95, 0.99]) AS q, min(p.value) AS min_v, max(p.value) AS max_v, "
            + "epoch_us(min(p.ts)) AS first_us, epoch_us(max(p.ts)) AS last_us "
            + "FROM perf_sample p JOIN perf_series s USING (series_id) "
            + "WHERE p.ts >= make_timestamp(?) AND p.ts < make_timestamp(?) %s"
            + "GROUP BY s.vm_key, s.counter, s.instance, s.interval_s, s.unit, s.source) "
            + "ORDER BY vm_key, counter, instance, interval_s";

    /** The last point plus its interval; only points within the longest interval of the last one can be it. */
    private static final String HISTORY_END = "SELECT epoch_us(max(p.ts + to_seconds(s.interval_s))) AS end_us "
            + "FROM perf_sample p JOIN perf_series s USING (series_id) WHERE p.ts >= (SELECT max(ts) FROM perf_sample) "
            + "- to_seconds((SELECT max(interval_s) FROM perf_series))";

    private static final String STAMP = "SELECT (SELECT count(*) FROM perf_sample) || '/' || (SELECT count(*) FROM perf_series)";
    /** The names of the cached rows of one window and stamp, each as a sorted dictionary the rows refer to by number. */
    private static final String[] NAMED = {"vm_key", "counter", "instance", "unit", "source"};
    private static final String CACHE_ROWS = "perf_summary_cache WHERE window_start_us = ? AND window_end_us = ? AND data_stamp = ?";
    private static final String CACHED = cachedQuery();
    private static final String HAS_CACHED = "SELECT count(*) FROM perf_summary_cache WHERE window_start_us = ? "
            + "AND window_end_us = ? AND data_stamp = ?";

    private final Connection connection;

    public PerfSummaries(Connection connection) {
        this.connection = connection;
    }

    /**
     * Where the stored history ends: the last point's time plus its interval; empty without samples.
     * Kept in {@code perf_history_end} per state of the samples, since finding it reads them all.
     */
    public Optional<Instant> historyEnd() {
        return Transactions.inTransaction(connection, "find the end of the history", c -> {
            String stamp = stamp(c);
            try (PreparedStatement ps = c.prepareStatement("SELECT end_us FROM perf_history_end WHERE data_stamp = ?")) {
                ps.setString(1, stamp);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return Optional.ofNullable(SqlTime.read(rs, 1));
                    }
                }
            }
            Instant end;
            try (PreparedStatement ps = c.prepareStatement(HISTORY_END); ResultSet rs = ps.executeQuery()) {
                rs.next();
                end = SqlTime.read(rs, "end_us");
            }
            try (PreparedStatement del = c.prepareStatement("DELETE FROM perf_history_end");
                    PreparedStatement ins = c.prepareStatement("INSERT INTO perf_history_end VALUES (?, ?)")) {
                del.executeUpdate();
                ins.setString(1, stamp);
                SqlTime.bind(ins, 2, end);
                ins.executeUpdate();
            }
            return Optional.ofNullable(end);
        });
    }

    private static String stamp(Connection c) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(STAMP); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Computes the summaries of {@code window} into the cache unless they are there for the current state of
     * the samples; returns that state's stamp. Rows of an older state (any window) are dropped on the way:
     * samples are only ever added, so they can never be read again. {@code collect} and {@code generate} call
     * it for the default window when they finish, so that the first assessment reads summaries.
     */
    public String prepare(SummaryWindow window) {
        long start = SqlTime.micros(window.range().start());
        long end = SqlTime.micros(window.range().end());
        return Transactions.inTransaction(connection, "cache performance summaries", c -> {
            String s = stamp(c);
            try (PreparedStatement ps = c.prepareStatement(HAS_CACHED)) {
                ps.setLong(1, start);
                ps.setLong(2, end);
                ps.setString(3, s);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return s;
                    }
                }
            }
            try (PreparedStatement del = c.prepareStatement("DELETE FROM perf_summary_cache WHERE data_stamp <> ? "
                    + "OR (window_start_us = ? AND window_end_us = ?)")) {
                del.setString(1, s);
                del.setLong(2, start);
                del.setLong(3, end);
                del.executeUpdate();
            }
            new WindowSummaryFill(c).fill(window.range(), s);
            return s;
        });
    }

    /** The window of {@code length} ending where the history ends; empty when the workspace holds no samples. */
    public Optional<SummaryWindow> endingWindow(Duration length) {
        return historyEnd().map(end -> SummaryWindow.ending(end, length));
    }

    /** {@link #endingWindow}, prepared as {@link #prepare}. */
    public Optional<SummaryWindow> prepareEnding(Duration length) {
        Optional<SummaryWindow> window = endingWindow(length);
        window.ifPresent(this::prepare);
        return window;
    }

    /** Hands each VM's summary to {@code sink}, VM by VM in key order; VMs without points in the window are skipped. */
    public void forEachVm(SummaryWindow window, Consumer<VmPerfSummary> sink) {
        long start = SqlTime.micros(window.range().start());
        long end = SqlTime.micros(window.range().end());
        String stamp = prepare(window);
        Transactions.autoCommit(connection, "read performance summaries", c -> {
            String[][] names = new String[NAMED.length][];
            for (int k = 0; k < NAMED.length; k++) {
                List<String> d = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT " + NAMED[k] + " FROM " + CACHE_ROWS
                        + " ORDER BY 1")) {
                    bindCacheRows(ps, 1, start, end, stamp);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            d.add(rs.getString(1));
                        }
                    }
                }
                names[k] = d.toArray(String[]::new);
            }
            try (PreparedStatement ps = c.prepareStatement(CACHED)) {
                for (int k = 0; k <= NAMED.length; k++) {
                    bindCacheRows(ps, 1 + 3 * k, start, end, stamp);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    groupNumbered(rs, names, window, sink);
                }
            }
            return null;
        });
    }

    /**
     * The cached rows with every name replaced by its number in a sorted dictionary (the same
     * {@code SELECT DISTINCT ... ORDER BY} read before), ordered by those numbers: DuckDB's JDBC driver
     * fetches a string in about 1 µs, so 1.5 M rows of five names each took seconds, while the
     * dictionaries hold ~100,000 VM keys and a few dozen other names.
     */
    private static String cachedQuery() {
        StringBuilder q = new StringBuilder("WITH c AS (SELECT * FROM " + CACHE_ROWS + ")");
        for (String n : NAMED) {
            q.append(", d_").append(n).append(" AS (SELECT ").append(n).append(", row_number() OVER (ORDER BY ").append(n)
                    .append(") - 1 AS ").append(n).append("_no FROM (SELECT DISTINCT ").append(n).append(" FROM ")
                    .append(CACHE_ROWS).append("))");
        }
        q.append(" SELECT vm_key_no, counter_no, instance_no, interval_s, unit_no, source_no, received, p50, p90, p95, "
                + "p99, min_v, max_v, first_us, last_us FROM c");
        for (String n : NAMED) {
            q.append(" JOIN d_").append(n).append(" USING (").append(n).append(")");
        }
        return q.append(" ORDER BY vm_key_no, counter_no, instance_no, interval_s").toString();
    }

    private static void bindCacheRows(PreparedStatement ps, int first, long start, long end, String stamp)
            throws java.sql.SQLException {
        ps.setLong(first, start);
        ps.setLong(first + 1, end);
        ps.setString(first + 2, stamp);
    }

    /** As {@link #group}, for the numbered rows of {@link #cachedQuery()}. */
    private static void groupNumbered(ResultSet rs, String[][] names, SummaryWindow window, Consumer<VmPerfSummary> sink)
            throws java.sql.SQLException {
        int current = -1;
        List<CounterSummary> counters = new ArrayList<>();
        while (rs.next()) {
            int vm = rs.getInt(1);
            if (current >= 0 && current != vm) {
                sink.accept(new VmPerfSummary(names[0][current], window, counters));
                counters = new ArrayList<>();
            }
            current = vm;
            Duration interval = Duration.ofSeconds(rs.getLong(4));
            counters.add(new CounterSummary(names[1][rs.getInt(2)], names[2][rs.getInt(3)], interval,
                    names[3][rs.getInt(5)], SeriesSource.ofCode(names[4][rs.getInt(6)]),
                    new Percentiles(rs.getDouble(8), rs.getDouble(9), rs.getDouble(10), rs.getDouble(11)),
                    rs.getDouble(12), rs.getDouble(13), rs.getLong(7),
                    window.range().expectedPoints(interval),
                    SqlTime.read(rs, 14), SqlTime.read(rs, 15)));
        }
        if (current >= 0) {
            sink.accept(new VmPerfSummary(names[0][current], window, counters));
        }
    }

    /** How many series summaries are cached for the window (whatever their data stamp). */
    public long cachedSeries(SummaryWindow window) {
        return Transactions.autoCommit(connection, "count cached summaries", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM perf_summary_cache "
                    + "WHERE window_start_us = ? AND window_end_us = ?")) {
                ps.setLong(1, SqlTime.micros(window.range().start()));
                ps.setLong(2, SqlTime.micros(window.range().end()));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** One VM's summary, if it has points in the window. */
    public Optional<VmPerfSummary> ofVm(String vmKey, SummaryWindow window) {
        List<VmPerfSummary> one = new ArrayList<>(1);
        run(window, vmKey, one::add);
        return one.stream().findFirst();
    }

    private void run(SummaryWindow window, String vmKey, Consumer<VmPerfSummary> sink) {
        String sql = String.format(SUMMARY, vmKey == null ? "" : "AND s.vm_key = ? ");
        Transactions.autoCommit(connection, "summarise performance", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                SqlTime.bind(ps, 1, window.range().start());
                SqlTime.bind(ps, 2, window.range().end());
                if (vmKey != null) {
                    ps.setString(3, vmKey);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    group(rs, window, sink);
                }
            }
            return null;
        });
    }

    /**
     * Turns rows ordered by VM into one {@link VmPerfSummary} per VM. Columns are read by position (the
     * order of {@code SUMMARY}): the driver's lookup by name scans the column list
     * case-insensitively on every call, which was most of the time of reading 2 M cached rows.
     */
    private static void group(ResultSet rs, SummaryWindow window, Consumer<VmPerfSummary> sink) throws java.sql.SQLException {
        String current = null;
        List<CounterSummary> counters = new ArrayList<>();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        while (rs.next()) {
            String vm = rs.getString(1);
            if (current != null && !current.equals(vm)) {
                sink.accept(new VmPerfSummary(current, window, counters));
                counters = new ArrayList<>();
            }
            current = vm;
            Duration interval = Duration.ofSeconds(rs.getLong(4));
            counters.add(new CounterSummary(shared(names, rs.getString(2)), shared(names, rs.getString(3)), interval,
                    shared(names, rs.getString(5)), SeriesSource.ofCode(rs.getString(6)),
                    new Percentiles(rs.getDouble(8), rs.getDouble(9), rs.getDouble(10), rs.getDouble(11)),
                    rs.getDouble(12), rs.getDouble(13), rs.getLong(7),
                    window.range().expectedPoints(interval),
                    SqlTime.read(rs, 14), SqlTime.read(rs, 15)));
        }
        if (current != null) {
            sink.accept(new VmPerfSummary(current, window, counters));
        }
    }

    /** One instance per distinct counter, instance or unit name, so 2 M summaries do not hold 2 M copies. */
    private static String shared(java.util.Map<String, String> names, String s) {
        return s == null ? null : names.computeIfAbsent(s, k -> k);
    }
}
