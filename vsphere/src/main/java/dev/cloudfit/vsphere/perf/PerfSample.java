package dev.cloudfit.vsphere.perf;

import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One point of one series: the entity, the metric (counter key and instance), when, over which
 * interval, and the raw value in the counter's unit (read it typed through {@link PerfCounter}).
 *
 * @param entity the VM (or host...)
 * @param metric counter key and instance
 * @param timestamp the sample's time as vCenter stamps it
 * @param interval the sample's interval (20 s realtime, 300 s day rollup...)
 * @param value the raw value
 */
public record PerfSample(ManagedObjectReference entity, PerfMetricId metric, Instant timestamp, Duration interval,
                         long value) {

    public PerfSample {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(interval, "interval");
    }
}
