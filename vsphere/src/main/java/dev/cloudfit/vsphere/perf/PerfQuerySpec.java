package dev.cloudfit.vsphere.perf;

import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entity's part of a {@code QueryPerf} call: which metrics, at which interval, over which time.
 * vCenter excludes {@code start} and includes {@code end}; {@code maxSample} caps the points per
 * series (the newest are kept). Realtime queries use {@link #REALTIME} (20 s).
 *
 * @param entity the VM (or host...)
 * @param metrics the metrics, each a counter key and an instance
 * @param start exclusive start, or null for as far back as the interval reaches
 * @param end inclusive end, or null for now
 * @param intervalId the sampling period in seconds: 20 for realtime, else a historical interval's
 * @param maxSample the most points per series, or 0 for no limit
 */
public record PerfQuerySpec(ManagedObjectReference entity, List<PerfMetricId> metrics, Instant start, Instant end,
                            int intervalId, int maxSample) {

    /** The realtime interval id: vCenter keeps 20 s samples for about an hour. */
    public static final int REALTIME = 20;

    public PerfQuerySpec {
        Objects.requireNonNull(entity, "entity");
        metrics = List.copyOf(metrics);
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("a query spec needs at least one metric (an empty list means all to vCenter)");
        }
        if (intervalId <= 0) {
            throw new IllegalArgumentException("intervalId must be positive: " + intervalId);
        }
        if (maxSample < 0) {
            throw new IllegalArgumentException("maxSample must not be negative: " + maxSample);
        }
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("the query ends before it starts: " + start + " .. " + end);
        }
    }

    /** @return the same query for fewer metrics */
    public PerfQuerySpec withMetrics(List<PerfMetricId> subset) {
        return new PerfQuerySpec(entity, subset, start, end, intervalId, maxSample);
    }
}
