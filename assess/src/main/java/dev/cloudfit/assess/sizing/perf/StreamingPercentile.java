package dev.cloudfit.assess.sizing.perf;

import dev.cloudfit.assess.sizing.settings.Percentile;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Percentiles over a stream of non-negative samples in bounded memory.
 *
 * <p>Up to {@link #EXACT_CAPACITY} samples (a month of 10-minute points is 4,320) are kept and the
 * answer is exact, by the nearest-rank rule: sort ascending, take the value at rank
 * {@code ceil(p / 100 × n)}. Beyond that the samples move into logarithmic buckets whose upper bound
 * is at most {@link #RELATIVE_ACCURACY} above any value in the bucket; the answer is then the upper
 * bound of the bucket holding the nearest rank, capped at the largest sample seen, so it never
 * understates a need and overstates it by at most 1 %. Memory: at most one bucket per 1 % step
 * between {@link #SMALLEST_TRACKED} and the largest sample (≈ 5,000 buckets over 21 decades).
 *
 * <p>Not thread-safe: one instance per counter series.
 */
public final class StreamingPercentile {

    public static final int EXACT_CAPACITY = 10_000;
    public static final double RELATIVE_ACCURACY = 0.01;
    /** Samples below this are counted as zero. */
    public static final double SMALLEST_TRACKED = 1e-9;

    private static final double GAMMA = (1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
    private static final double LOG_GAMMA = Math.log(GAMMA);

    private double[] exact = new double[64];
    private int exactCount;
    private boolean sorted = true;
    private TreeMap<Integer, long[]> buckets;
    private long zeros;
    private long count;
    private double max;

    /** Adds a sample; NaN is a missing point and is ignored. */
    public void add(double sample) {
        if (Double.isNaN(sample)) {
            return;
        }
        if (sample < 0 || Double.isInfinite(sample)) {
            throw new IllegalArgumentException("a sample must be a finite number >= 0, was " + sample);
        }
        count++;
        max = Math.max(max, sample);
        if (buckets == null) {
            if (exactCount == exact.length) {
                if (exactCount >= EXACT_CAPACITY) {
                    spill();
                    addToBuckets(sample);
                    return;
                }
                exact = Arrays.copyOf(exact, Math.min(EXACT_CAPACITY, exact.length * 2));
            }
            exact[exactCount++] = sample;
            sorted = false;
        } else {
            addToBuckets(sample);
        }
    }

    /** Number of samples received (NaN excluded). */
    public long count() {
        return count;
    }

    /** Whether answers are exact (no more than {@link #EXACT_CAPACITY} samples so far). */
    public boolean isExact() {
        return buckets == null;
    }

    /** The nearest-rank percentile, or empty when no sample was received. */
    public OptionalDouble percentile(Percentile p) {
        if (count == 0) {
            return OptionalDouble.empty();
        }
        long rank = Math.max(1, (long) Math.ceil(p.value() / 100.0 * count));
        if (buckets == null) {
            if (!sorted) {
                Arrays.sort(exact, 0, exactCount);
                sorted = true;
            }
            return OptionalDouble.of(exact[(int) rank - 1]);
        }
        if (rank <= zeros) {
            return OptionalDouble.of(0);
        }
        long seen = zeros;
        for (Map.Entry<Integer, long[]> e : buckets.entrySet()) {
            seen += e.getValue()[0];
            if (seen >= rank) {
                return OptionalDouble.of(Math.min(max, Math.pow(GAMMA, e.getKey())));
            }
        }
        return OptionalDouble.of(max);
    }

    private void spill() {
        buckets = new TreeMap<>();
        for (int i = 0; i < exactCount; i++) {
            addToBuckets(exact[i]);
        }
        exact = null;
        exactCount = 0;
    }

    private void addToBuckets(double v) {
        if (v < SMALLEST_TRACKED) {
            zeros++;
            return;
        }
        int index = (int) Math.ceil(Math.log(v) / LOG_GAMMA);
        buckets.computeIfAbsent(index, k -> new long[1])[0]++;
    }
}
