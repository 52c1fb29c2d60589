package dev.cloudfit.assess.sizing.perf;

import dev.cloudfit.assess.sizing.settings.Percentile;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * One counter reduced to the value sizing uses: {@code value} is the {@code percentile} of the points
 * received in {@code window}, each point covering {@code interval} of the source series (20 s realtime,
 * 10 min peak, 2 h rollup ...). {@code expected} is the number of points the window should hold at that
 * interval, {@code received} how many arrived; their ratio drives the confidence rating.
 *
 * <p>A {@linkplain #singleFigure single figure} (an Azure Migrate CSV's utilisation column) has no series
 * behind it: window and interval are zero and no point is expected, so it carries no confidence rating.
 */
public record CounterSummary(
        CounterKind kind,
        double value,
        Percentile percentile,
        Duration window,
        Duration interval,
        long expected,
        long received) {

    public CounterSummary {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(percentile, "percentile");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(interval, "interval");
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(kind + ": value must be a finite number >= 0, was " + value);
        }
        if (interval.isNegative() || interval.isZero() && !window.isZero()) {
            throw new IllegalArgumentException(kind + ": interval must be positive");
        }
        if (expected < 0 || received < 0) {
            throw new IllegalArgumentException(kind + ": point counts cannot be negative");
        }
    }

    /**
     * One figure with no series behind it, used as it is (reference §1.6: a CSV import's utilisation has
     * no history, no percentile and no confidence rating). {@code percentile} is only what the settings
     * asked for; it was not applied.
     */
    public static CounterSummary singleFigure(CounterKind kind, double value, Percentile percentile) {
        return new CounterSummary(kind, value, percentile, Duration.ZERO, Duration.ZERO, 0, 0);
    }

    /** True for a {@link #singleFigure}. */
    public boolean isSingleFigure() {
        return window.isZero() && interval.isZero();
    }

    /** Share of expected points received, 0..1 (capped at 1); 0 when nothing was expected. */
    public double coverage() {
        return expected == 0 ? 0 : Math.min(1.0, (double) received / expected);
    }

    public Stars confidence() {
        return Stars.forCoverage(coverage());
    }

    /** For the report: "P95 CPU_PERCENT 42.0 %, 30 days at 2 h points". */
    public String describe() {
        if (isSingleFigure()) {
            return String.format(Locale.ROOT, "%s %.1f %s, a single figure (no history)", kind, value, kind.unit());
        }
        return String.format(Locale.ROOT, "%s %s %.1f %s, %d days at %s points", percentile, kind, value, kind.unit(),
                window.toDays(), Intervals.label(interval));
    }
}
