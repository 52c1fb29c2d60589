package dev.cloudfit.assess.collect.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.assess.workspace.RunSource;
import dev.cloudfit.assess.workspace.RunStatus;
import dev.cloudfit.assess.workspace.Workspace;
import dev.cloudfit.assess.workspace.perf.CounterSummary;
import dev.cloudfit.assess.workspace.perf.PerfCounters;
import dev.cloudfit.assess.workspace.perf.SummaryWindow;
import dev.cloudfit.assess.workspace.perf.VmPerfSummary;
import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.VcsimConfig;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.SoapRequest;
import dev.cloudfit.vsphere.soap.SoapResponseReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** History from the simulator into a workspace: intervals, increments, lost sessions, a vCenter that dies. */
@WithVcsim(vmsPerHostOrCluster = 3)
class PerfHistoryCollectorVcsimTest {

    private static final Duration FIVE_MIN = Duration.ofMinutes(5);
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final Duration TWO_HOURS = Duration.ofHours(2);

    @TempDir
    Path tmp;

    private static long count(Path ws, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + ws.resolve(Workspace.DATABASE_FILE));
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void everyIntervalIsStoredWithItsRollupAndSource(Vcsim vcsim) throws Exception {
        Path dir = tmp.resolve("ws");
        try (VcenterSession session = VcsimTargets.connect(vcsim); Workspace ws = Workspace.open(dir)) {
            List<PerfTarget> vms = VcsimTargets.vms(session);
            assertThat(vms).hasSize(6);
            long run = ws.runs().start(RunSource.vcenter("vcsim", session.serviceContent().about().instanceUuid()));
            List<PerfProgress> seen = new ArrayList<>();
            PerfHistorySummary summary = new PerfHistoryCollector(session, ws, run)
                    .collect(vms, PerfCollectSettings.defaults().withDays(30), seen::add);

            assertThat(summary.vms()).isEqualTo(6);
            assertThat(summary.intervals()).extracting(IntervalPlan::period).containsExactly(FIVE_MIN, HALF_HOUR, TWO_HOURS);
            assertThat(summary.intervals()).allSatisfy(p -> assertThat(p.fromServer()).isFalse());
            assertThat(summary.samples()).isEqualTo(summary.inserted()).isPositive();
            // vcsim drops zero values from a series, so a series with a zero cannot be paired with its
            // times and is skipped as a gap (vCenter sends every value); no series is stored in part
            assertThat(summary.gaps()).isLessThan(summary.samples() / 5);
            assertThat(seen).hasSize(6).last().satisfies(p -> {
                assertThat(p.vmsDone()).isEqualTo(6);
                assertThat(p.samples()).isEqualTo(summary.samples());
            });

            for (PerfTarget vm : vms) {
                assertThat(ws.coverage().of(vm.vmKey(), PerfCounters.CPU_USAGE, FIVE_MIN).orElseThrow().points()).isEqualTo(288);
                assertThat(ws.coverage().of(vm.vmKey(), PerfCounters.CPU_USAGE, HALF_HOUR).orElseThrow().points()).isEqualTo(336);
                assertThat(ws.coverage().of(vm.vmKey(), PerfCounters.CPU_USAGE, TWO_HOURS).orElseThrow().points()).isEqualTo(360);
                assertThat(ws.coverage().of(vm.vmKey(), PerfCounters.NET_RX_RATE, TWO_HOURS)).isPresent();
                assertThat(ws.coverage().of(vm.vmKey(), "mem.consumed.average", TWO_HOURS)).isPresent();
            }
            VmPerfSummary first = ws.summaries().ofVm(vms.get(0).vmKey(),
                    SummaryWindow.lastMonth(ws.summaries().historyEnd().orElseThrow())).orElseThrow();
            CounterSummary cpu = first.counters().stream().filter(c -> c.counter().equals(PerfCounters.CPU_USAGE)
                    && c.interval().equals(TWO_HOURS)).findFirst().orElseThrow();
            assertThat(cpu.unit()).isEqualTo(PerfCounters.UNIT_PERCENT);
            assertThat(cpu.max()).as("hundredths of a percent became percent").isBetween(0.0, 100.0);
            assertThat(first.counters()).anySatisfy(c -> assertThat(c.instance()).isEqualTo("4000"));
            assertThat(first.counters()).noneSatisfy(c -> {
                assertThat(c.counter()).isEqualTo("cpu.ready.summation");
                assertThat(c.instance()).isNotEmpty(); // per-CPU instances are not collected
            });
        }
        assertThat(count(dir, "SELECT count(DISTINCT source_detail) FROM perf_series WHERE source = 'vcenter-historical' "
                + "AND source_detail LIKE 'vSphere default interval%'")).isEqualTo(3);
        assertThat(count(dir, "SELECT count(*) FROM (SELECT series_id, ts FROM perf_sample GROUP BY 1, 2 HAVING count(*) > 1)"))
                .isZero();
        assertThat(count(dir, "SELECT count(*) FROM (SELECT series_id, count(*) AS n FROM perf_sample JOIN perf_series "
                + "USING (series_id) WHERE interval_s = 300 GROUP BY 1) WHERE n <> 288")).as("no series stored in part").isZero();
    }

    @Test
    void aSecondRunFetchesOnlyWhatIsMissingAndStoresNoDuplicate(Vcsim vcsim) throws Exception {
        Path dir = tmp.resolve("ws");
        try (VcenterSession session = VcsimTargets.connect(vcsim); Workspace ws = Workspace.open(dir)) {
            List<PerfTarget> vms = VcsimTargets.vms(session).subList(0, 3);
            PerfCollectSettings settings = PerfCollectSettings.defaults().withDays(7);
            long run1 = ws.runs().start(RunSource.vcenter("vcsim", "x"));
            PerfHistorySummary one = new PerfHistoryCollector(session, ws, run1).collect(vms, settings, p -> { });
            long run2 = ws.runs().start(RunSource.vcenter("vcsim", "x"));
            PerfHistorySummary two = new PerfHistoryCollector(session, ws, run2).collect(vms, settings, p -> { });

            assertThat(one.samples()).isPositive();
            assertThat(two.samples()).as("only periods that ended between the runs").isLessThan(one.samples() / 50);
            assertThat(two.inserted()).isEqualTo(two.samples());
            for (PerfTarget vm : vms) {
                long points = ws.coverage().of(vm.vmKey(), PerfCounters.CPU_USAGE, FIVE_MIN).orElseThrow().points();
                assertThat(points).isBetween(288L, 290L);
            }
        }
        assertThat(count(dir, "SELECT count(*) FROM (SELECT series_id, ts FROM perf_sample GROUP BY 1, 2 HAVING count(*) > 1)"))
                .isZero();
    }

    @Test
    void aSessionTerminatedMidRunIsReplacedAndTheRunCompletes(Vcsim vcsim) {
        try (VcenterSession session = VcsimTargets.connect(vcsim); VcenterSession admin = VcsimTargets.connect(vcsim);
                Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            List<PerfTarget> vms = VcsimTargets.vms(session);
            long run = ws.runs().start(RunSource.vcenter("vcsim", "x"));
            AtomicBoolean terminated = new AtomicBoolean();
            PerfHistorySummary summary = new PerfHistoryCollector(session, ws, run).collect(vms,
                    PerfCollectSettings.defaults().withDays(1).withParallelism(2), p -> {
                        if (p.vmsDone() == 1 && terminated.compareAndSet(false, true)) {
                            admin.callOnce(SoapRequest.method("TerminateSession", admin.serviceContent().sessionManager())
                                    .text("sessionId", session.loginSession().key()).build(), SoapResponseReader.none());
                        }
                    });
            assertThat(terminated).isTrue();
            assertThat(session.reloginCount()).isGreaterThanOrEqualTo(1);
            assertThat(summary.vms()).isEqualTo(vms.size());
            for (PerfTarget vm : vms) {
                assertThat(ws.coverage().of(vm.vmKey(), PerfCounters.CPU_USAGE, FIVE_MIN).orElseThrow().points()).isEqualTo(288);
            }
        }
    }

    @Test
    void aVcenterThatStopsMidRunLeavesAConsistentWorkspaceTheNextRunCompletes() throws Exception {
        Path dir = tmp.resolve("ws");
        VcsimConfig config = VcsimConfig.defaults().withVmsPerHostOrCluster(10);
        List<PerfTarget> vms;
        try (Vcsim dying = Vcsim.start(config); Workspace ws = Workspace.open(dir)) {
            VcenterSession session = VcsimTargets.connect(dying); // not closed: its vCenter is gone
            vms = VcsimTargets.vms(session);
            long run = ws.runs().start(RunSource.vcenter("vcsim", "x"));
            assertThatThrownBy(() -> new PerfHistoryCollector(session, ws, run).collect(vms,
                    PerfCollectSettings.defaults().withDays(1).withParallelism(2), p -> {
                        if (p.vmsDone() == 3) {
                            dying.close();
                        }
                    }))
                    .isInstanceOf(ExternalSystemException.class)
                    .hasMessageContaining("performance history stopped after")
                    .hasMessageContaining("of 20 VMs")
                    .hasMessageContaining("the next run fetches only what is missing")
                    // the next call is refused, or the one in flight is reset: both say so
                    .hasMessageMatching("(?s).*(cannot reach vCenter|lost the connection to vCenter).*");
            ws.runs().interrupt(run);
            assertThat(ws.runs().find(run).orElseThrow().status()).isEqualTo(RunStatus.INTERRUPTED);
        }
        long stored = count(dir, "SELECT count(*) FROM perf_sample");
        assertThat(stored).as("what arrived before the stop is kept").isPositive();
        assertThat(count(dir, "SELECT count(*) FROM perf_sample_staging")).isZero();

        try (Vcsim again = Vcsim.start(config); VcenterSession session = VcsimTargets.connect(again);
                Workspace ws = Workspace.open(dir)) {
            assertThat(VcsimTargets.vms(session)).as("the same MoRefs again").isEqualTo(vms);
            long run = ws.runs().start(RunSource.vcenter("vcsim", "x"));
            PerfHistorySummary rest = new PerfHistoryCollector(session, ws, run).collect(vms,
                    PerfCollectSettings.defaults().withDays(1), p -> { });
            assertThat(rest.vms()).isEqualTo(20);
            for (PerfTarget vm : vms) {
                assertThat(ws.coverage().of(vm.vmKey(), PerfCounters.CPU_USAGE, FIVE_MIN).orElseThrow().points())
                        .isBetween(288L, 289L);
            }
        }
    }
}
