package dev.cloudfit.assess.workspace.perf;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One series over a window: percentiles, min and max of the points received; how many points
 * arrived and how many the window holds at this interval (window ÷ interval), whose ratio feeds
 * the confidence rating; the interval and source, which a report prints next to the percentile
 * ("P95 CPU, 30 days at 2 h rollup"); and the first and last point seen.
 */
public record CounterSummary(
        String counter,
        String instance,
        Duration interval,
        String unit,
        SeriesSource source,
        Percentiles percentiles,
        double min,
        double max,
        long received,
        long expected,
        Instant first,
        Instant last) {

    public CounterSummary {
        Objects.requireNonNull(counter, "counter");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(percentiles, "percentiles");
        if (received < 1 || expected < 0) {
            throw new IllegalArgumentException("a summary needs at least one point");
        }
    }

    /** Points received ÷ points expected, capped at 1 (a window shorter than one interval expects 0). */
    public double receivedShare() {
        return expected == 0 ? 1.0 : Math.min(1.0, (double) received / expected);
    }
}
