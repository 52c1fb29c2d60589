package dev.cloudfit.assess.workspace.perf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.workspace.RunSource;
import dev.cloudfit.assess.workspace.TimeRange;
import dev.cloudfit.assess.workspace.Transactions;
import dev.cloudfit.assess.workspace.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM's summaries equal DuckDB's {@code quantile_disc}, min, max, count and first/last over the
 * same window, for series of random lengths and values (ties, negatives, points outside the window,
 * series split across two runs), with a range budget small enough to cross many series ranges.
 */
class WindowSummaryFillTest {

    static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");
    static final Duration H2 = Duration.ofHours(2);
    static final TimeRange WINDOW = new TimeRange(T0.plus(Duration.ofDays(2)), T0.plus(Duration.ofDays(20)));

    @TempDir
    Path tmp;

    @Test
    void nearestRankIsCeilOfPercentTimesPointsInIntegers() {
        assertThat(NearestRank.rank(95, 360)).isEqualTo(342);
        assertThat(NearestRank.rank(99, 360)).isEqualTo(357);
        assertThat(NearestRank.rank(95, 10)).isEqualTo(10);
        assertThat(NearestRank.rank(50, 4)).isEqualTo(2);
        assertThat(NearestRank.rank(50, 1)).isEqualTo(1);
        assertThat(NearestRank.rank(90, 20)).isEqualTo(18);
        assertThat(NearestRank.rank(100, 7)).isEqualTo(7);
    }

    @Test
    void selectionFindsTheSameRanksAsAFullSort() {
        Random random = new Random(5);
        for (int round = 0; round < 5_000; round++) {
            int n = 1 + random.nextInt(round < 4_000 ? 40 : 3_000);
            int spread = 1 + random.nextInt(round % 3 == 0 ? 3 : 1_000_000); // many ties, or few
            double[] a = new double[n + 4];
            for (int i = 0; i < a.length; i++) {
                a[i] = random.nextInt(spread) - spread / 2.0;
            }
            double[] sorted = java.util.Arrays.copyOfRange(a, 2, 2 + n);
            java.util.Arrays.sort(sorted);
            double[] q = NearestRank.select(a, 2, n, 50, 90, 95, 99);
            assertThat(q).as("n=%d", n).containsExactly(NearestRank.of(sorted, 0, n, 50), NearestRank.of(sorted, 0, n, 90),
                    NearestRank.of(sorted, 0, n, 95), NearestRank.of(sorted, 0, n, 99));
            double[] inRange = java.util.Arrays.copyOfRange(a, 2, 2 + n);
            java.util.Arrays.sort(inRange);
            assertThat(inRange).as("only the range is rearranged").containsExactly(sorted);
        }
        assertThat(NearestRank.select(new double[] {3, Double.NaN, 1}, 0, 3, 50, 99)).containsExactly(3, Double.NaN);
    }

    @Test
    void jvmSummariesEqualDuckDbQuantileDiscAcrossManySeriesRanges() throws Exception {
        Random random = new Random(11);
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            for (int run = 0; run < 2; run++) {
                long id = ws.runs().start(RunSource.generated("random-" + run, "WindowSummaryFillTest"));
                try (SampleAppender out = ws.appender(id)) {
                    for (int vm = 0; vm < 60; vm++) {
                        for (String counter : List.of(PerfCounters.CPU_USAGE, PerfCounters.MEM_USAGE)) {
                            PerfSeries series = new PerfSeries(new SeriesKey("vm-" + vm, counter, "", H2),
                                    PerfCounters.UNIT_PERCENT, SeriesSource.GENERATED, "random");
                            int s = out.declare(series, new TimeRange(T0, T0.plus(Duration.ofDays(30))));
                            int points = random.nextInt(80);
                            int offset = run * 180; // the second run holds the later half of the month
                            for (int k = 0; k < points; k++) {
                                double v = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextGaussian() * 40;
                                out.append(s, T0.plus(H2.multipliedBy(offset + random.nextInt(180))), v);
                            }
                        }
                    }
                }
            }
        }
        Path db = tmp.resolve("ws").resolve(Workspace.DATABASE_FILE);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
            try (Statement s = c.createStatement()) {
                s.execute("SET memory_limit = '" + Workspace.MEMORY_LIMIT + "'");
            }
            List<String> limit = rows(c, "SELECT current_setting('memory_limit')");
            Transactions.inTransaction(c, "fill", conn -> {
                new WindowSummaryFill(conn, 300).fill(WINDOW, "test");
                return null;
            });
            List<String> jvm = rows(c, "SELECT vm_key, counter, received, p50, p90, p95, p99, min_v, max_v, first_us, "
                    + "last_us FROM perf_summary_cache WHERE data_stamp = 'test' ORDER BY vm_key, counter");
            List<String> sql = rows(c, "SELECT s.vm_key, s.counter, count(*), quantile_disc(p.value, 0.5), "
                    + "quantile_disc(p.value, 0.9), quantile_disc(p.value, 0.95), quantile_disc(p.value, 0.99), "
                    + "min(p.value), max(p.value), epoch_us(min(p.ts)), epoch_us(max(p.ts)) "
                    + "FROM perf_sample p JOIN perf_series s USING (series_id) "
                    + "WHERE p.ts >= make_timestamp(" + WINDOW.start().toEpochMilli() * 1000 + ") AND p.ts < make_timestamp("
                    + WINDOW.end().toEpochMilli() * 1000 + ") GROUP BY s.vm_key, s.counter ORDER BY s.vm_key, s.counter");
            assertThat(jvm).hasSizeGreaterThan(100).isEqualTo(sql);
            assertThat(rows(c, "SELECT current_setting('memory_limit')")).as("the workspace's memory limit is back")
                    .isEqualTo(limit);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM perf_summary_stage")) {
                rs.next();
                assertThat(rs.getLong(1)).as("the stage is left empty").isZero();
            }
        }
    }

    private static List<String> rows(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(rs.getString(i)).append('|');
                }
                out.add(b.toString());
            }
        }
        return out;
    }
}
