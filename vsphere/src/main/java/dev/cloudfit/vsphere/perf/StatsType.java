package dev.cloudfit.vsphere.perf;

import java.util.Locale;

/**
 * What a counter's value means over its interval ({@code PerfStatsType}): a level at a point in
 * time, a change over the interval (e.g. {@code cpu.ready.summation}, milliseconds ready in the
 * interval), or a rate per second. A closed set in vim25.
 */
public enum StatsType {
    ABSOLUTE, DELTA, RATE;

    /** @param wire {@code absolute}, {@code delta} or {@code rate} */
    public static StatsType ofWire(String wire) {
        return valueOf(wire.strip().toUpperCase(Locale.ROOT));
    }
}
