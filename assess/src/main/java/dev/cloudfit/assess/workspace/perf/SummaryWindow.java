package dev.cloudfit.assess.workspace.perf;

import dev.cloudfit.assess.workspace.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The history a summary looks at, Azure Migrate's choices plus a custom range: the last day, week
 * or month (30 days) before {@code end}, half-open {@code [end - length, end)}. Anchor {@code end}
 * at {@link PerfSummaries#historyEnd()} so re-assessing a workspace later sees the same data.
 */
public record SummaryWindow(String name, TimeRange range) {

    /**
     * The window an assessment uses unless told otherwise (Azure Migrate's default, one month), which
     * {@code collect} and {@code generate} prepare when they finish; equal to the default of the
     * assessment settings (pinned by a test).
     */
    public static final Duration DEFAULT_LENGTH = Duration.ofDays(30);

    public SummaryWindow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(range, "range");
        if (range.isEmpty()) {
            throw new IllegalArgumentException("a summary window cannot be empty");
        }
    }

    public static SummaryWindow lastDay(Instant end) {
        return new SummaryWindow("1 day", new TimeRange(end.minus(Duration.ofDays(1)), end));
    }

    public static SummaryWindow lastWeek(Instant end) {
        return new SummaryWindow("1 week", new TimeRange(end.minus(Duration.ofDays(7)), end));
    }

    public static SummaryWindow lastMonth(Instant end) {
        return new SummaryWindow("1 month", new TimeRange(end.minus(Duration.ofDays(30)), end));
    }

    /** The {@code length} before {@code end}: "1 day", "1 week" and "1 month" (30 days) by name, else "N days" or custom. */
    public static SummaryWindow ending(Instant end, Duration length) {
        if (length.equals(Duration.ofDays(1))) {
            return lastDay(end);
        }
        if (length.equals(Duration.ofDays(7))) {
            return lastWeek(end);
        }
        if (length.equals(Duration.ofDays(30))) {
            return lastMonth(end);
        }
        TimeRange range = new TimeRange(end.minus(length), end);
        return length.toHoursPart() == 0 && length.toMinutesPart() == 0 && length.toSecondsPart() == 0
                ? new SummaryWindow(length.toDays() + " days", range) : custom(range);
    }

    public static SummaryWindow custom(TimeRange range) {
        return new SummaryWindow("custom", range);
    }
}
