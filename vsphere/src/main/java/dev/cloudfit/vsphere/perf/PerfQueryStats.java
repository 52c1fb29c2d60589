package dev.cloudfit.vsphere.perf;

/**
 * What a {@link PerformanceManager#query} run did: how many {@code QueryPerf} calls it took, the
 * points received, and the points vCenter marked as missing (-1).
 */
public record PerfQueryStats(int calls, long samples, long missing) {

    public static final PerfQueryStats NONE = new PerfQueryStats(0, 0, 0);

    public PerfQueryStats plus(PerfQueryStats other) {
        return new PerfQueryStats(calls + other.calls, samples + other.samples, missing + other.missing);
    }
}
