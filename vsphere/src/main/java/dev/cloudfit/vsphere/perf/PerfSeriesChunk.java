package dev.cloudfit.vsphere.perf;

import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * One series of a {@code QueryPerf} answer as it was read: an entity's metric with its points.
 * Points vCenter marks as missing (value -1: no data for that time, e.g. the VM was off) are left
 * out and counted in {@link #missing()}; a series whose values do not pair with the sample times
 * is dropped whole ({@link #misaligned()}). The object is refilled for the next series, so a
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
    private boolean misaligned;

    PerfSeriesChunk() {
    }

    /**
     * A series built from values rather than read from vCenter: for tests of sinks, and replays.
     *
     * @param start the first point's time; the others follow every {@code intervalSeconds}
     */
    public static PerfSeriesChunk of(ManagedObjectReference entity, PerfMetricId metric, Instant start,
                                     int intervalSeconds, long... values) {
        PerfSeriesChunk chunk = new PerfSeriesChunk();
        chunk.reset(entity, metric, values.length);
        for (int i = 0; i < values.length; i++) {
            chunk.add(start.plusSeconds((long) i * intervalSeconds), intervalSeconds, values[i]);
        }
        return chunk;
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
        misaligned = false;
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

    /** Drops every point: the series had another number of values than sample times. */
    void discardMisaligned(int sampleTimes) {
        size = 0;
        missing = sampleTimes;
        misaligned = true;
    }

    /**
     * @return whether the series was dropped because its values did not pair with the sample times
     *         (they are counted in {@link #missing()}); vCenter does not do this, govmomi's vcsim does
     *         when a value is zero
     */
    public boolean misaligned() {
        return misaligned;
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
