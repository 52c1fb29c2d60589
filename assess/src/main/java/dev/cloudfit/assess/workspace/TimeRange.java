package dev.cloudfit.assess.workspace;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open span of time {@code [start, end)}, in UTC instants. */
public record TimeRange(Instant start, Instant end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("range ends before it starts: " + start + " .. " + end);
        }
    }

    public static TimeRange lastDays(Instant end, int days) {
        return new TimeRange(end.minus(Duration.ofDays(days)), end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public boolean isEmpty() {
        return start.equals(end);
    }

    /** How many points a series at this interval holds over the range when nothing is missing. */
    public long expectedPoints(Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        return length().toSeconds() / interval.toSeconds();
    }

    @Override
    public String toString() {
        return start + " .. " + end;
    }
}
