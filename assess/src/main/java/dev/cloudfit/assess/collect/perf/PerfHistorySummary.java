package dev.cloudfit.assess.collect.perf;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a history collection did, for the run summary: VMs read, samples received from vCenter and
 * how many of them were new to the workspace, points vCenter did not have in the asked ranges
 * ({@code gaps}: -1 values and missing timestamps), {@code QueryPerf} calls, the intervals used and
 * how long it took.
 */
public record PerfHistorySummary(int vms, long samples, long inserted, long gaps, int queries,
                                 List<IntervalPlan> intervals, Duration duration) {

    public PerfHistorySummary {
        intervals = List.copyOf(intervals);
        Objects.requireNonNull(duration, "duration");
    }

    /** @return VMs per second over the whole collection */
    public double vmsPerSecond() {
        return vms / Math.max(1e-3, duration.toNanos() / 1e9);
    }

    /** @return samples per second over the whole collection */
    public double samplesPerSecond() {
        return samples / Math.max(1e-3, duration.toNanos() / 1e9);
    }
}
