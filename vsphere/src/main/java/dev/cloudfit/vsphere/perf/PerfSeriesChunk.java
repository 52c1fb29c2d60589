package dev.cloudfit.vsphere.perf;

import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * One series of a {@code QueryPerf} answer as it was read: an entity's metric with its points.
 * Points vCenter marks as missing (value -1: no data for that time, e.g. the VM was off) are left
 * out and counted in {@link #missing()}. The object is refilled for the next series, so a
 * {@link PerfSeriesSink} copies what it keeps.
 */
public final class PerfSeriesChunk {

    private ManagedObjectReference entity;
    private PerfMetricId metric;
    private Instant[] timestamps = new Instant[0];
    private int[] intervals = new int[0];
    private long[] values = new long[0];
    private int size;
    private int missing;

    PerfSeriesChunk() {
    }

    void reset(ManagedObjectReference entity, PerfMetricId metric, int capacity) {
        this.entity = entity;
        this.metric = metric;
        if (values.length < capacity) {
            timestamps = new Instant[capacity];
            intervals = new int[capacity];
            values = new long[capacity];
        }
        size = 0;
        missing = 0;
    }

    void add(Instant timestamp, int intervalSeconds, long value) {
        if (size == values.length) {
            int grown = Math.max(16, size * 2);
            timestamps = Arrays.copyOf(timestamps, grown);
            intervals = Arrays.copyOf(intervals, grown);
            values = Arrays.copyOf(values, grown);
        }
        timestamps[size] = timestamp;
        intervals[size] = intervalSeconds;
        values[size] = value;
        size++;
    }

    void countMissing() {
        missing++;
    }

    public ManagedObjectReference entity() {
        return entity;
    }

    public PerfMetricId metric() {
        return metric;
    }

    /** @return the points with a value */
    public int size() {
        return size;
    }

    /** @return the points vCenter sent as -1 (no data), left out */
    public int missing() {
        return missing;
    }

    public Instant timestamp(int i) {
        check(i);
        return timestamps[i];
    }

    public Duration interval(int i) {
        check(i);
        return Duration.ofSeconds(intervals[i]);
    }

    /** @return the interval in seconds, without allocating */
    public int intervalSeconds(int i) {
        check(i);
        return intervals[i];
    }

    /** @return the raw value in the counter's unit */
    public long value(int i) {
        check(i);
        return values[i];
    }

    /** @return point {@code i} as a value that outlives this chunk */
    public PerfSample sample(int i) {
        check(i);
        return new PerfSample(entity, metric, timestamps[i], Duration.ofSeconds(intervals[i]), values[i]);
    }

    private void check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("point " + i + " of " + size);
        }
    }
}
