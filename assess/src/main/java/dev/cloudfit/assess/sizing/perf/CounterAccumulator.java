package dev.cloudfit.assess.sizing.perf;

import dev.cloudfit.assess.sizing.settings.Percentile;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Folds one counter's points, as they arrive, into a {@link CounterSummary}. The caller feeds only
 * points inside the window; {@code expected} is {@code window / interval}. A store or a live stream can
 * use one accumulator per (VM, counter, instance) and drop the samples as soon as they are added.
 */
public final class CounterAccumulator {

    private final CounterKind kind;
    private final Duration window;
    private final Duration interval;
    private final StreamingPercentile percentile = new StreamingPercentile();

    public CounterAccumulator(CounterKind kind, Duration window, Duration interval) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.window = Objects.requireNonNull(window, "window");
        this.interval = Objects.requireNonNull(interval, "interval");
        if (interval.isZero() || interval.isNegative() || window.compareTo(interval) < 0) {
            throw new IllegalArgumentException("need 0 < interval <= window, got " + interval + " and " + window);
        }
    }

    /** A point of the series; NaN marks a missing point. */
    public void add(double value) {
        percentile.add(value);
    }

    public long expected() {
        return window.toSeconds() / interval.toSeconds();
    }

    /** The summary, or empty when no point was received. */
    public Optional<CounterSummary> summarize(Percentile p) {
        var value = percentile.percentile(p);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CounterSummary(kind, value.getAsDouble(), p, window, interval, expected(),
                percentile.count()));
    }
}
