package dev.cloudfit.vsphere.perf;

import java.util.Objects;

/**
 * The unit of a counter as vCenter names it ({@code PerfCounterInfo.unitInfo.key}). An open set (new
 * vSphere releases add units), so a string-backed value with constants for the units sizing reads.
 *
 * @param key e.g. {@code percent}, {@code kiloBytesPerSecond}
 */
public record PerfUnit(String key) {

    /** Hundredths of a percent on the wire: 2534 means 25.34 %. */
    public static final PerfUnit PERCENT = new PerfUnit("percent");
    public static final PerfUnit KILOBYTES = new PerfUnit("kiloBytes");
    public static final PerfUnit KILOBYTES_PER_SECOND = new PerfUnit("kiloBytesPerSecond");
    public static final PerfUnit MILLISECOND = new PerfUnit("millisecond");
    /** A count: with rollup {@code average} over a rate counter, per second (IOPS). */
    public static final PerfUnit NUMBER = new PerfUnit("number");
    public static final PerfUnit MEGAHERTZ = new PerfUnit("megaHertz");

    public PerfUnit {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("a unit key must not be blank");
        }
    }

    @Override
    public String toString() {
        return key;
    }
}
