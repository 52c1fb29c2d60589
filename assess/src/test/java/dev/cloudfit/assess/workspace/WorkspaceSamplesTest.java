package dev.cloudfit.assess.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.assess.workspace.perf.Coverage;
import dev.cloudfit.assess.workspace.perf.PerfCounters;
import dev.cloudfit.assess.workspace.perf.PerfSeries;
import dev.cloudfit.assess.workspace.perf.SampleAppender;
import dev.cloudfit.assess.workspace.perf.SeriesKey;
import dev.cloudfit.assess.workspace.perf.SeriesSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceSamplesTest {

    static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");
    static final Duration H2 = Duration.ofHours(2);
    static final String VM = "vc01/vm-1";

    @TempDir
    Path tmp;

    static PerfSeries cpu(String vm, Duration interval) {
        return new PerfSeries(SeriesKey.aggregate(vm, PerfCounters.CPU_USAGE, interval), PerfCounters.UNIT_PERCENT,
                SeriesSource.VCENTER_HISTORICAL, "statistics level 1");
    }

    /** Appends points k = from..to-1 at T0 + k × 2 h with value k. */
    static void append(SampleAppender out, int series, int from, int to) {
        for (int k = from; k < to; k++) {
            out.append(series, T0.plus(H2.multipliedBy(k)), k);
        }
    }

    @Test
    void overlappingReinsertAddsNoDuplicateAndCoverageSaysWhatIsThere() throws Exception {
        Path dir = tmp.resolve("ws");
        try (Workspace ws = Workspace.open(dir)) {
            long run1 = ws.runs().start(RunSource.vcenter("vc01", "uuid-1"));
            try (SampleAppender out = ws.appender(run1, 7)) { // small batches: several merges
                int s = out.declare(cpu(VM, H2), new TimeRange(T0, T0.plus(H2.multipliedBy(24))));
                append(out, s, 0, 24);
                append(out, s, 20, 24); // the same points again within the run
                assertThat(out.received()).isEqualTo(28);
            }
            ws.runs().complete(run1, new TimeRange(T0, T0.plus(H2.multipliedBy(24))), new RunCounts(0, 0, 28));

            long run2 = ws.runs().start(RunSource.vcenter("vc01", "uuid-1"));
            long inserted;
            try (SampleAppender out = ws.appender(run2)) {
                int s = out.declare(cpu(VM, H2), new TimeRange(T0.plus(H2.multipliedBy(12)), T0.plus(H2.multipliedBy(36))));
                append(out, s, 12, 36); // overlaps the first run by 12 points
                out.merge();
                inserted = out.inserted();
            }
            assertThat(inserted).isEqualTo(12);

            Coverage have = ws.coverage().of(VM, PerfCounters.CPU_USAGE, H2).orElseThrow();
            assertThat(have.first()).isEqualTo(T0);
            assertThat(have.last()).isEqualTo(T0.plus(H2.multipliedBy(35)));
            assertThat(have.points()).isEqualTo(36);
            assertThat(ws.coverage().of(VM, PerfCounters.CPU_USAGE, Duration.ofMinutes(5))).isEmpty();
            assertThat(ws.coverage().of("other", PerfCounters.CPU_USAGE, H2)).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("workspace.duckdb"));
                Statement st = c.createStatement()) {
            assertThat(count(st, "SELECT count(*) FROM perf_sample")).isEqualTo(36);
            assertThat(count(st, "SELECT count(*) FROM perf_sample_staging")).isZero();
            assertThat(count(st, "SELECT count(*) FROM perf_sample_flat WHERE vm_key = 'vc01/vm-1' "
                    + "AND counter = 'cpu.usage.average' AND instance = '' AND interval_s = 7200 AND unit = 'percent'"))
                    .isEqualTo(36);
            // what each run asked for and got, per series
            try (ResultSet rs = st.executeQuery("SELECT run_id, expected_points, received_points FROM perf_fetch ORDER BY run_id")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(2)).isEqualTo(24);
                assertThat(rs.getLong(3)).isEqualTo(28);
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(2)).isEqualTo(24);
                assertThat(rs.getLong(3)).isEqualTo(24);
            }
        }
    }

    @Test
    void aBatchMixingStoredAndNewSeriesStoresEachPointOnce() throws Exception {
        Path dir = tmp.resolve("ws");
        TimeRange day = new TimeRange(T0, T0.plus(Duration.ofDays(1)));
        try (Workspace ws = Workspace.open(dir)) {
            try (SampleAppender out = ws.appender(ws.runs().start(RunSource.vcenter("vc01", "uuid-1")))) {
                for (int vm = 1; vm <= 3; vm++) {
                    append(out, out.declare(cpu("vc01/vm-" + vm, H2), day), 0, 12);
                }
            }
            // vm-2 stored, vm-4 new, then vm-2 again and vm-4 again, with batches of 5 rows that
            // split both series; vm-1 and vm-3 (ids either side of vm-2) are not touched
            try (SampleAppender out = ws.appender(ws.runs().start(RunSource.vcenter("vc01", "uuid-1")), 5)) {
                int stored = out.declare(cpu("vc01/vm-2", H2), day);
                int fresh = out.declare(cpu("vc01/vm-4", H2), day);
                append(out, stored, 6, 14);
                append(out, fresh, 0, 8);
                append(out, stored, 10, 16);
                append(out, fresh, 4, 10);
                out.merge();
                assertThat(out.inserted()).isEqualTo(4 + 10); // vm-2: 12..15; vm-4: 0..9
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("workspace.duckdb"));
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT vm_key, count(*), count(DISTINCT ts), min(value), max(value) "
                    + "FROM perf_sample_flat GROUP BY vm_key ORDER BY vm_key")) {
                long[][] want = {{12, 0, 11}, {16, 0, 15}, {12, 0, 11}, {10, 0, 9}};
                for (long[] w : want) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(2)).as(rs.getString(1)).isEqualTo(w[0]);
                    assertThat(rs.getLong(3)).as(rs.getString(1)).isEqualTo(w[0]);
                    assertThat(rs.getDouble(4)).isEqualTo(w[1]);
                    assertThat(rs.getDouble(5)).isEqualTo(w[2]);
                }
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void missingRangesAreWhatAReCollectionShouldFetch() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            long run = ws.runs().start(RunSource.vcenter("vc01", "uuid-1"));
            try (SampleAppender out = ws.appender(run)) {
                int s = out.declare(cpu(VM, H2), new TimeRange(T0, T0.plus(Duration.ofDays(3))));
                append(out, s, 0, 10);   // [T0, T0+20h)
                append(out, s, 15, 24);  // gap of 5 points, then until T0+48h
                // a second instance fills one point of the gap: a timestamp of any instance counts
                int disk = out.declare(new PerfSeries(new SeriesKey(VM, PerfCounters.CPU_USAGE, "0", H2),
                        PerfCounters.UNIT_PERCENT, SeriesSource.VCENTER_HISTORICAL, "level 1"),
                        new TimeRange(T0, T0.plus(Duration.ofDays(1))));
                out.append(disk, T0.plus(H2.multipliedBy(12)), 1);
            }
            TimeRange wanted = new TimeRange(T0.minus(Duration.ofHours(4)), T0.plus(Duration.ofDays(3)));
            assertThat(ws.coverage().missing(VM, PerfCounters.CPU_USAGE, H2, wanted)).containsExactly(
                    new TimeRange(T0.minus(Duration.ofHours(4)), T0),
                    new TimeRange(T0.plus(H2.multipliedBy(10)), T0.plus(H2.multipliedBy(12))),
                    new TimeRange(T0.plus(H2.multipliedBy(13)), T0.plus(H2.multipliedBy(15))),
                    new TimeRange(T0.plus(H2.multipliedBy(24)), T0.plus(Duration.ofDays(3))));
            // a wanted range starting inside a point's interval is covered by that point
            TimeRange inside = new TimeRange(T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(20)));
            assertThat(ws.coverage().missing(VM, PerfCounters.CPU_USAGE, H2, inside)).isEmpty();
            assertThat(ws.coverage().missing("nobody", PerfCounters.CPU_USAGE, H2, inside)).containsExactly(inside);
        }
    }

    @Test
    void aSeriesKeepsItsUnitAndAppendsNeedADeclaredSeries() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            long run = ws.runs().start(RunSource.vcenter("vc01", "uuid-1"));
            try (SampleAppender out = ws.appender(run)) {
                out.declare(cpu(VM, H2), new TimeRange(T0, T0.plus(H2)));
                PerfSeries inMhz = new PerfSeries(SeriesKey.aggregate(VM, PerfCounters.CPU_USAGE, H2), "megaHertz",
                        SeriesSource.VCENTER_HISTORICAL, "level 1");
                assertThatThrownBy(() -> out.declare(inMhz, new TimeRange(T0, T0.plus(H2))))
                        .hasMessageContaining("stored in percent, not megaHertz");
                assertThatThrownBy(() -> out.append(12345, T0, 1)).hasMessageContaining("not declared");
                int s = out.declare(cpu(VM, H2), new TimeRange(T0, T0.plus(H2)));
                assertThatThrownBy(() -> out.append(s, T0, Double.NaN)).hasMessageContaining("finite");
            }
            PerfSeries inMhz = new PerfSeries(SeriesKey.aggregate(VM, PerfCounters.CPU_USAGE, H2), "megaHertz",
                    SeriesSource.VCENTER_HISTORICAL, "level 1");
            try (SampleAppender later = ws.appender(ws.runs().start(RunSource.vcenter("vc01", "uuid-1")))) {
                assertThatThrownBy(() -> later.declare(inMhz, new TimeRange(T0, T0.plus(H2))))
                        .hasMessageContaining("stored in percent, not megaHertz");
                assertThatThrownBy(() -> ws.appender(run)).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("already open");
            }
        }
    }

    @Test
    @Timeout(180)
    void aKilledIngestLeavesTheLastMergedBatchesAndAnInterruptedRun() throws Exception {
        Path dir = tmp.resolve("ws");
        try (Workspace ws = Workspace.open(dir)) {
            ws.importInventory(RunSource.file(SourceKind.RVTOOLS, "a.xlsx", "01".repeat(32)), RichInventory.build("a.xlsx"));
        }
        Process child = WorkspaceChildProcess.start("ingest", dir);
        try {
            WorkspaceChildProcess.awaitLine(child, "merged 5000");
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.interruptedOnOpen()).isEqualTo(1);
            assertThat(ws.runs().all()).extracting(Run::status)
                    .containsExactly(RunStatus.COMPLETE, RunStatus.INTERRUPTED);
            assertThat(ws.latestInventory(SourceKind.RVTOOLS, "a.xlsx")).contains(RichInventory.build("a.xlsx"));
            Coverage have = ws.coverage().of("vc/vm-1", PerfCounters.CPU_USAGE, Duration.ofMinutes(5)).orElseThrow();
            assertThat(have.points()).isGreaterThanOrEqualTo(5000);
            assertThat(have.points() % 1000).as("only whole merged batches survive").isZero();
            assertThat(have.last()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z")
                    .plus(Duration.ofMinutes(5).multipliedBy(have.points() - 1)));
        }
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
