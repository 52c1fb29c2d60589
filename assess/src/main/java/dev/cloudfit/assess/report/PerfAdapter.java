package dev.cloudfit.assess.report;

import dev.cloudfit.assess.sizing.perf.CounterKind;
import dev.cloudfit.assess.sizing.perf.CounterSummary;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.settings.Percentile;
import dev.cloudfit.assess.workspace.perf.PerfCounters;
import dev.cloudfit.assess.workspace.perf.VmPerfSummary;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * From the workspace's SQL percentile summary of one VM to the sizing's {@link PerfSummary}: CPU and
 * memory at the sizing percentile. Disk and NIC instances are not carried over (their labels in the
 * history are not the inventory's disk labels), so disks are sized from their provisioned size.
 */
final class PerfAdapter {

    private PerfAdapter() {
    }

    static PerfSummary toSizing(VmPerfSummary s, Percentile percentile, Duration window) {
        return new PerfSummary(s.vmKey(),
                counter(s.aggregate(PerfCounters.CPU_USAGE), CounterKind.CPU_PERCENT, percentile, window),
                counter(s.aggregate(PerfCounters.MEM_USAGE), CounterKind.MEMORY_PERCENT, percentile, window),
                List.of(), List.of());
    }

    private static Optional<CounterSummary> counter(Optional<dev.cloudfit.assess.workspace.perf.CounterSummary> c,
            CounterKind kind, Percentile percentile, Duration window) {
        return c.filter(x -> Double.isFinite(x.percentiles().at(percentile.value())))
                .map(x -> new CounterSummary(kind, Math.max(0, x.percentiles().at(percentile.value())), percentile, window,
                x.interval(), x.expected(), Math.min(x.received(), x.expected())));
    }
}
