package dev.cloudfit.assess.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.workspace.perf.CounterSummary;
import dev.cloudfit.assess.workspace.perf.PerfCounters;
import dev.cloudfit.assess.workspace.perf.PerfSeries;
import dev.cloudfit.assess.workspace.perf.Percentiles;
import dev.cloudfit.assess.workspace.perf.SampleAppender;
import dev.cloudfit.assess.workspace.perf.SeriesKey;
import dev.cloudfit.assess.workspace.perf.SeriesSource;
import dev.cloudfit.assess.workspace.perf.SummaryWindow;
import dev.cloudfit.assess.workspace.perf.VmPerfSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceSummariesTest {

    static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");
    static final Duration H2 = Duration.ofHours(2);
    static final Duration M5 = Duration.ofMinutes(5);
    static final SummaryWindow DAY = SummaryWindow.custom(new TimeRange(T0, T0.plus(Duration.ofDays(1))));

    @TempDir
    Path tmp;

    /**
     * vm-a: CPU at 2 h, 9 of the 12 points of the day (values 7 3 9 1 5 8 2 6 4), plus one point
     * before and one at the end of the window, both outside; disk scsi0:0 read IOPS at 5 min, 20
     * points valued 1..20 in shuffled order. vm-b: CPU at 2 h, all 12 points at 50. vm-c: only
     * points before the window.
     */
    private void fill(Workspace ws) {
        long run = ws.runs().start(RunSource.generated("hand", "WorkspaceSummariesTest"));
        try (SampleAppender out = ws.appender(run)) {
            int a = out.declare(series("vm-a", PerfCounters.CPU_USAGE, "", H2, PerfCounters.UNIT_PERCENT), DAY.range());
            double[] values = {7, 3, 9, 1, 5, 8, 2, 6, 4};
            for (int k = 0; k < values.length; k++) {
                out.append(a, T0.plus(H2.multipliedBy(k)), values[k]);
            }
            out.append(a, T0.minus(H2), 1000);
            out.append(a, T0.plus(Duration.ofDays(1)), 1000);
            int disk = out.declare(series("vm-a", PerfCounters.DISK_READ_IOPS, "scsi0:0", M5, PerfCounters.UNIT_PER_SECOND),
                    DAY.range());
            int[] shuffled = {13, 2, 20, 7, 1, 16, 9, 4, 18, 11, 5, 14, 19, 3, 8, 17, 10, 6, 15, 12};
            for (int k = 0; k < shuffled.length; k++) {
                out.append(disk, T0.plus(M5.multipliedBy(k)), shuffled[k]);
            }
            int b = out.declare(series("vm-b", PerfCounters.CPU_USAGE, "", H2, PerfCounters.UNIT_PERCENT), DAY.range());
            for (int k = 0; k < 12; k++) {
                out.append(b, T0.plus(H2.multipliedBy(k)), 50);
            }
            int c = out.declare(series("vm-c", PerfCounters.CPU_USAGE, "", H2, PerfCounters.UNIT_PERCENT), DAY.range());
            out.append(c, T0.minus(Duration.ofDays(2)), 42);
        }
    }

    private static PerfSeries series(String vm, String counter, String instance, Duration interval, String unit) {
        return new PerfSeries(new SeriesKey(vm, counter, instance, interval), unit, SeriesSource.GENERATED, "hand-made");
    }

    @Test
    void percentilesAreNearestRankOverTheWindowWithExpectedAndReceivedPoints() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            fill(ws);
            List<VmPerfSummary> all = new ArrayList<>();
            ws.summaries().forEachVm(DAY, all::add);
            assertThat(all).extracting(VmPerfSummary::vmKey).containsExactly("vm-a", "vm-b");

            VmPerfSummary a = all.get(0);
            assertThat(a.counters()).extracting(CounterSummary::counter)
                    .containsExactly(PerfCounters.CPU_USAGE, PerfCounters.DISK_READ_IOPS);
            CounterSummary cpu = a.aggregate(PerfCounters.CPU_USAGE).orElseThrow();
            // 9 points 1..9: the ceil(q × 9)-th smallest -> 5th, 9th, 9th, 9th
            assertThat(cpu.percentiles()).isEqualTo(new Percentiles(5, 9, 9, 9));
            assertThat(cpu.min()).isEqualTo(1);
            assertThat(cpu.max()).isEqualTo(9);
            assertThat(cpu.received()).isEqualTo(9);
            assertThat(cpu.expected()).isEqualTo(12);
            assertThat(cpu.receivedShare()).isEqualTo(0.75);
            assertThat(cpu.interval()).isEqualTo(H2);
            assertThat(cpu.unit()).isEqualTo("percent");
            assertThat(cpu.source()).isEqualTo(SeriesSource.GENERATED);
            assertThat(cpu.first()).isEqualTo(T0);
            assertThat(cpu.last()).isEqualTo(T0.plus(H2.multipliedBy(8)));

            CounterSummary disk = a.instances(PerfCounters.DISK_READ_IOPS).get(0);
            // 20 points 1..20: 10th, 18th, 19th, 20th smallest
            assertThat(disk.instance()).isEqualTo("scsi0:0");
            assertThat(disk.percentiles()).isEqualTo(new Percentiles(10, 18, 19, 20));
            assertThat(disk.percentiles().at(95)).isEqualTo(19);
            assertThat(disk.received()).isEqualTo(20);
            assertThat(disk.expected()).isEqualTo(288);
            assertThat(disk.interval()).isEqualTo(M5);

            CounterSummary b = all.get(1).aggregate(PerfCounters.CPU_USAGE).orElseThrow();
            assertThat(b.percentiles()).isEqualTo(new Percentiles(50, 50, 50, 50));
            assertThat(b.receivedShare()).isEqualTo(1.0);
        }
    }

    @Test
    void oneVmAndWindowsAnchoredAtTheEndOfTheHistory() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            assertThat(ws.summaries().historyEnd()).isEmpty();
            fill(ws);
            Instant end = ws.summaries().historyEnd().orElseThrow();
            assertThat(end).isEqualTo(T0.plus(Duration.ofDays(1)).plus(H2)); // last point + its interval
            assertThat(SummaryWindow.lastDay(end).range().length()).isEqualTo(Duration.ofDays(1));
            assertThat(SummaryWindow.lastWeek(end).range().length()).isEqualTo(Duration.ofDays(7));
            assertThat(SummaryWindow.lastMonth(end).range()).isEqualTo(new TimeRange(end.minus(Duration.ofDays(30)), end));

            // the month holds every point of vm-a's CPU, outliers included: 11 points, expected 360
            CounterSummary month = ws.summaries().ofVm("vm-a", SummaryWindow.lastMonth(end)).orElseThrow()
                    .aggregate(PerfCounters.CPU_USAGE).orElseThrow();
            assertThat(month.received()).isEqualTo(11);
            assertThat(month.expected()).isEqualTo(360);
            assertThat(month.max()).isEqualTo(1000);
            assertThat(month.percentiles().p50()).isEqualTo(6); // 1..9, 1000, 1000: the 6th smallest
            assertThat(ws.summaries().ofVm("vm-c", DAY)).isEmpty();
        }
    }

    @Test
    void wholeEstateSummariesAreCachedPerWindow_readBackTheSame_andRecomputedWhenSamplesArrive() throws Exception {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            fill(ws);
            List<VmPerfSummary> first = new ArrayList<>();
            ws.summaries().forEachVm(DAY, first::add);
            assertThat(cachedRows(ws)).isEqualTo(3); // vm-a CPU and disk, vm-b CPU
            List<VmPerfSummary> second = new ArrayList<>();
            ws.summaries().forEachVm(DAY, second::add);
            assertThat(second).isEqualTo(first);
            assertThat(cachedRows(ws)).isEqualTo(3);

            // a new sample changes the data stamp: the cache is recomputed, not served stale
            long run = ws.runs().start(RunSource.generated("more", "WorkspaceSummariesTest"));
            try (SampleAppender out = ws.appender(run)) {
                int b = out.declare(series("vm-b", PerfCounters.CPU_USAGE, "", H2, PerfCounters.UNIT_PERCENT), DAY.range());
                out.append(b, T0.plus(Duration.ofMinutes(1)), 99);
            }
            List<VmPerfSummary> third = new ArrayList<>();
            ws.summaries().forEachVm(DAY, third::add);
            assertThat(third).isNotEqualTo(first);
            assertThat(third.get(1).aggregate(PerfCounters.CPU_USAGE).orElseThrow().max()).isEqualTo(99);
            assertThat(third).isEqualTo(direct(ws));
            assertThat(cachedRows(ws)).isEqualTo(3);
        }
    }

    @Test
    void prepareComputesAWindowOnce_andDropsTheRowsOfAnOlderStateOfTheSamples() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            fill(ws);
            SummaryWindow week = SummaryWindow.custom(new TimeRange(T0.minus(Duration.ofDays(6)), T0.plus(Duration.ofDays(1))));
            String stamp = ws.summaries().prepare(DAY);
            assertThat(ws.summaries().prepare(week)).isEqualTo(stamp);
            assertThat(ws.summaries().cachedSeries(DAY)).isEqualTo(3);
            assertThat(ws.summaries().cachedSeries(week)).isEqualTo(4); // vm-c's point is in the week

            long run = ws.runs().start(RunSource.generated("more", "WorkspaceSummariesTest"));
            try (SampleAppender out = ws.appender(run)) {
                int b = out.declare(series("vm-b", PerfCounters.CPU_USAGE, "", H2, PerfCounters.UNIT_PERCENT), DAY.range());
                out.append(b, T0.plus(Duration.ofMinutes(1)), 99);
            }
            assertThat(ws.summaries().prepare(DAY)).isNotEqualTo(stamp);
            assertThat(ws.summaries().cachedSeries(week)).as("stale: samples were added since").isZero();
            assertThat(ws.summaries().cachedSeries(DAY)).isEqualTo(3);

            // the default month ending where the history ends (vm-a's last point at the day's end, plus 2 h)
            SummaryWindow month = ws.summaries().prepareEnding(SummaryWindow.DEFAULT_LENGTH).orElseThrow();
            assertThat(month.range().end()).isEqualTo(T0.plus(Duration.ofDays(1)).plus(H2));
            assertThat(month.name()).isEqualTo("1 month");
            assertThat(ws.summaries().cachedSeries(month)).isEqualTo(4);
        }
    }

    @Test
    void prepareEndingIsEmptyWithoutSamples() {
        try (Workspace ws = Workspace.open(tmp.resolve("empty"))) {
            assertThat(ws.summaries().prepareEnding(SummaryWindow.DEFAULT_LENGTH)).isEmpty();
        }
    }

    private static List<VmPerfSummary> direct(Workspace ws) {
        List<VmPerfSummary> out = new ArrayList<>();
        for (String vm : List.of("vm-a", "vm-b", "vm-c")) {
            ws.summaries().ofVm(vm, DAY).ifPresent(out::add);
        }
        return out;
    }

    private static long cachedRows(Workspace ws) {
        return ws.summaries().cachedSeries(DAY);
    }
}
