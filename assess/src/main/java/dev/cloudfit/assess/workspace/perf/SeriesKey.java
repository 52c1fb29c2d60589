package dev.cloudfit.assess.workspace.perf;

import java.time.Duration;
import java.util.Objects;

/**
 * Which series a sample belongs to: a VM ({@code Vm.identity().key()}), a vCenter counter name
 * ({@code cpu.usage.average}), an instance ({@code ""} for the VM aggregate, else the disk or NIC
 * instance such as {@code scsi0:0} or {@code 4000}) and the sampling interval.
 */
public record SeriesKey(String vmKey, String counter, String instance, Duration interval) {

    public static final String AGGREGATE = "";

    public SeriesKey {
        Objects.requireNonNull(vmKey, "vmKey");
        Objects.requireNonNull(counter, "counter");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero() || interval.getNano() != 0) {
            throw new IllegalArgumentException("interval must be a positive whole number of seconds: " + interval);
        }
    }

    public static SeriesKey aggregate(String vmKey, String counter, Duration interval) {
        return new SeriesKey(vmKey, counter, AGGREGATE, interval);
    }
}
