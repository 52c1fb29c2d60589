package dev.cloudfit.assess.collect.perf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.workspace.RunSource;
import dev.cloudfit.assess.workspace.Workspace;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.perf.PerformanceManager;
import dev.cloudfit.vsphere.session.VcenterSession;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Realtime polling on the simulator with a short period: peaks flushed per poll, a clean stop, a resume. */
@WithVcsim
class ContinuousCollectorVcsimTest {

    @TempDir
    Path tmp;

    private static long count(Path ws, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + ws.resolve(Workspace.DATABASE_FILE));
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static ContinuousProgress runUntilPolls(ContinuousCollector collector, List<PerfTarget> vms, int polls)
            throws Exception {
        List<ContinuousProgress> seen = new CopyOnWriteArrayList<>();
        CompletableFuture<ContinuousProgress> result = CompletableFuture.supplyAsync(() -> collector.run(vms, p -> {
            seen.add(p);
            if (p.polls() >= polls) {
                collector.stop(); // what a shutdown hook does on SIGINT
            }
        }));
        assertThat(collector.awaitStopped(Duration.ofSeconds(60))).isTrue();
        return result.get(10, TimeUnit.SECONDS);
    }

    @Test
    void peaksAreFlushedEachPollAndAResumeAddsNoDuplicate(Vcsim vcsim) throws Exception {
        Path dir = tmp.resolve("ws");
        ContinuousSettings settings = ContinuousSettings.defaults().withPollEvery(Duration.ofMillis(500));
        long firstPeaks;
        try (VcenterSession session = VcsimTargets.connect(vcsim); Workspace ws = Workspace.open(dir)) {
            List<PerfTarget> vms = VcsimTargets.vms(session);
            long run = ws.runs().start(RunSource.vcenter("vcsim", "x"));
            ContinuousProgress done = runUntilPolls(new ContinuousCollector(new PerformanceManager(session), ws, run,
                    settings), vms, 2);
            assertThat(done.polls()).isEqualTo(2);
            assertThat(done.peaksStored()).isPositive();
            assertThat(done.flushedUntil().getEpochSecond() % 600).isZero();
            firstPeaks = done.peaksStored();
        }
        long series = count(dir, "SELECT count(*) FROM perf_series WHERE source = 'vcenter-realtime-10min-peak'");
        assertThat(series).isPositive();
        assertThat(count(dir, "SELECT count(*) FROM perf_series WHERE source = 'vcenter-realtime-10min-peak' "
                + "AND interval_s <> 600")).isZero();
        assertThat(count(dir, "SELECT count(*) FROM perf_sample")).isEqualTo(firstPeaks);
        assertThat(firstPeaks / series).as("an hour of realtime holds 5 or 6 whole 10-minute buckets").isBetween(5L, 6L);
        assertThat(count(dir, "SELECT count(*) FROM perf_sample_flat WHERE counter = 'cpu.usage.average' "
                + "AND (value < 0 OR value > 100)")).isZero();
        assertThat(count(dir, "SELECT count(*) FROM perf_sample_flat WHERE epoch(ts)::BIGINT % 600 <> 0")).isZero();

        try (VcenterSession session = VcsimTargets.connect(vcsim); Workspace ws = Workspace.open(dir)) {
            List<PerfTarget> vms = VcsimTargets.vms(session);
            long run = ws.runs().start(RunSource.vcenter("vcsim", "x"));
            ContinuousProgress resumed = runUntilPolls(new ContinuousCollector(new PerformanceManager(session), ws, run,
                    settings), vms, 1);
            assertThat(resumed.peaksStored()).as("only buckets completed since the stop").isLessThanOrEqualTo(series);
        }
        assertThat(count(dir, "SELECT count(*) FROM (SELECT series_id, ts FROM perf_sample GROUP BY 1, 2 HAVING count(*) > 1)"))
                .isZero();
    }

    @Test
    void stopWakesTheCollectorBetweenPolls(Vcsim vcsim) throws Exception {
        try (VcenterSession session = VcsimTargets.connect(vcsim); Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            List<PerfTarget> vms = VcsimTargets.vms(session).subList(0, 1);
            long run = ws.runs().start(RunSource.vcenter("vcsim", "x"));
            ContinuousCollector collector = new ContinuousCollector(new PerformanceManager(session), ws, run,
                    ContinuousSettings.defaults()); // 5 minutes between polls
            long start = System.nanoTime();
            ContinuousProgress done = runUntilPolls(collector, vms, 1);
            assertThat(done.polls()).isEqualTo(1);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        }
    }
}
