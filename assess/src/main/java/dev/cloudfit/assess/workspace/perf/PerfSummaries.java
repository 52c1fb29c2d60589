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
 * window and state of the samples (their count and the series count: samples are only ever added), then
 * read back, so re-assessing a workspace with other settings does not sort every sample again. One VM's
 * summary ({@link #ofVm}) is always computed directly.
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

    private static final String HISTORY_END = "SELECT epoch_us(max(p.ts + to_seconds(s.interval_s))) AS end_us "
            + "FROM perf_sample p JOIN perf_series s USING (series_id)";

    private static final String STAMP = "SELECT (SELECT count(*) FROM perf_sample) || '/' || (SELECT count(*) FROM perf_series)";
    private static final String CACHED = "SELECT vm_key, counter, instance, interval_s, unit, source, received, p50, p90, p95, "
            + "p99, min_v, max_v, first_us, last_us FROM perf_summary_cache WHERE window_start_us = ? AND window_end_us = ? "
            + "AND data_stamp = ? ORDER BY vm_key, counter, instance, interval_s";
    private static final String HAS_CACHED = "SELECT count(*) FROM perf_summary_cache WHERE window_start_us = ? "
            + "AND window_end_us = ? AND data_stamp = ?";
    private static final String FILL = "INSERT INTO perf_summary_cache SELECT ?, ?, ?, vm_key, counter, instance, interval_s, "
            + "unit, source, received, p50, p90, p95, p99, min_v, max_v, first_us, last_us FROM (%s)";

    private final Connection connection;

    public PerfSummaries(Connection connection) {
        this.connection = connection;
    }

    /** Where the stored history ends: the last point's time plus its interval; empty without samples. */
    public Optional<Instant> historyEnd() {
        return Transactions.autoCommit(connection, "find the end of the history", c -> {
            try (PreparedStatement ps = c.prepareStatement(HISTORY_END); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Optional.ofNullable(SqlTime.read(rs, "end_us"));
            }
        });
    }

    /** Hands each VM's summary to {@code sink}, VM by VM in key order; VMs without points in the window are skipped. */
    public void forEachVm(SummaryWindow window, Consumer<VmPerfSummary> sink) {
        long start = SqlTime.micros(window.range().start());
        long end = SqlTime.micros(window.range().end());
        String stamp = Transactions.inTransaction(connection, "cache performance summaries", c -> {
            String s;
            try (PreparedStatement ps = c.prepareStatement(STAMP); ResultSet rs = ps.executeQuery()) {
                rs.next();
                s = rs.getString(1);
            }
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
            try (PreparedStatement del = c.prepareStatement("DELETE FROM perf_summary_cache WHERE window_start_us = ? "
                    + "AND window_end_us = ?")) {
                del.setLong(1, start);
                del.setLong(2, end);
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(String.format(FILL, String.format(SUMMARY, "")))) {
                ps.setLong(1, start);
                ps.setLong(2, end);
                ps.setString(3, s);
                SqlTime.bind(ps, 4, window.range().start());
                SqlTime.bind(ps, 5, window.range().end());
                ps.executeUpdate();
            }
            return s;
        });
        Transactions.autoCommit(connection, "read performance summaries", c -> {
            try (PreparedStatement ps = c.prepareStatement(CACHED)) {
                ps.setLong(1, start);
                ps.setLong(2, end);
                ps.setString(3, stamp);
                try (ResultSet rs = ps.executeQuery()) {
                    group(rs, window, sink);
                }
            }
            return null;
        });
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
     * order of {@code SUMMARY} and {@code CACHED}): the driver's lookup by name scans the column list
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
