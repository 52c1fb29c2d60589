package dev.cloudfit.assess.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.workspace.perf.CounterSummary;
import dev.cloudfit.assess.workspace.perf.PerfCounters;
import dev.cloudfit.assess.workspace.perf.SampleAppender;
import dev.cloudfit.assess.workspace.perf.SummaryWindow;
import dev.cloudfit.assess.workspace.perf.VmPerfSummary;
import dev.cloudfit.assess.workspace.synth.SyntheticHistory;
import dev.cloudfit.assess.workspace.synth.SyntheticVm;
import dev.cloudfit.assess.workspace.synth.WorkloadProfile;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceSyntheticHistoryTest {

    static final Instant END = Instant.parse("2026-11-01T00:00:00Z");
    static final List<SyntheticVm> VMS = List.of(
            SyntheticVm.simple("vc/vm-idle", WorkloadProfile.IDLE),
            SyntheticVm.simple("vc/vm-steady", WorkloadProfile.STEADY),
            SyntheticVm.simple("vc/vm-busy", WorkloadProfile.BUSY),
            new SyntheticVm("vc/vm-spiky", WorkloadProfile.SPIKY, List.of("scsi0:0", "scsi0:1"), List.of("4000")));

    @TempDir
    Path tmp;

    private List<VmPerfSummary> generate(String name, long seed, boolean withFiveMinutes) {
        try (Workspace ws = Workspace.open(tmp.resolve(name))) {
            SyntheticHistory gen = new SyntheticHistory(seed);
            long run = ws.runs().start(RunSource.generated(name, gen.recipe()));
            long n;
            SampleAppender appender = ws.appender(run, 10_000);
            try (SampleAppender out = appender) {
                n = gen.write(out, VMS, TimeRange.lastDays(END, 30), SyntheticHistory.TWO_HOURS);
                if (withFiveMinutes) {
                    n += gen.write(out, VMS, TimeRange.lastDays(END, 1), SyntheticHistory.FIVE_MINUTES);
                }
            }
            assertThat(appender.inserted()).isEqualTo(n).isEqualTo(appender.received());
            ws.runs().complete(run, TimeRange.lastDays(END, 30), new RunCounts(0, 0, n));
            List<VmPerfSummary> out = new ArrayList<>();
            ws.summaries().forEachVm(SummaryWindow.lastMonth(ws.summaries().historyEnd().orElseThrow()), out::add);
            return out;
        }
    }

    @Test
    void thirtyDaysAtTwoHoursForEverySeriesAndOneDayAtFiveMinutes() {
        List<VmPerfSummary> summaries = generate("ws", 42, true);
        assertThat(summaries).hasSize(4);
        VmPerfSummary spiky = summaries.stream().filter(s -> s.vmKey().equals("vc/vm-spiky")).findFirst().orElseThrow();
        // CPU, memory, 2 disks × 4, 1 NIC × 2 = 12 series, each at 2 h and at 5 min
        assertThat(spiky.counters()).hasSize(24);
        for (CounterSummary c : spiky.counters()) {
            long expected = c.interval().equals(SyntheticHistory.TWO_HOURS) ? 360 : 288;
            assertThat(c.received()).as(c.counter() + c.instance() + c.interval()).isEqualTo(expected);
            assertThat(c.expected()).isEqualTo(360 * 7200 / c.interval().toSeconds());
        }
        assertThat(spiky.aggregate(PerfCounters.CPU_USAGE).orElseThrow().interval()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theSameSeedGivesTheSameHistoryAndAnotherSeedAnother() {
        List<VmPerfSummary> a = generate("a", 42, false);
        List<VmPerfSummary> b = generate("b", 42, false);
        List<VmPerfSummary> c = generate("c", 43, false);
        assertThat(b).isEqualTo(a);
        assertThat(c).isNotEqualTo(a);
    }

    @Test
    void profilesLookLikeTheirNames() {
        Map<String, CounterSummary> cpu = generate("ws", 42, false).stream().collect(Collectors.toMap(
                VmPerfSummary::vmKey, s -> s.aggregate(PerfCounters.CPU_USAGE).orElseThrow()));
        double idle = cpu.get("vc/vm-idle").percentiles().p95();
        double steady = cpu.get("vc/vm-steady").percentiles().p95();
        double busy = cpu.get("vc/vm-busy").percentiles().p95();
        assertThat(idle).isLessThan(10);
        assertThat(steady).isBetween(25.0, 45.0);
        assertThat(busy).isGreaterThan(70);
        CounterSummary spiky = cpu.get("vc/vm-spiky");
        assertThat(spiky.max() - spiky.percentiles().p95()).as("spikes stand out above the P95").isGreaterThan(20);
        assertThat(spiky.percentiles().p50()).isLessThan(25);
        assertThat(cpu.values()).allSatisfy(c -> assertThat(c.min()).isGreaterThanOrEqualTo(0));
        assertThat(cpu.values()).allSatisfy(c -> assertThat(c.max()).isLessThanOrEqualTo(100));
    }
}
