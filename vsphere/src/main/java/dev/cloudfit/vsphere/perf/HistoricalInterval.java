package dev.cloudfit.vsphere.perf;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One of vCenter's historical statistics intervals ({@code PerformanceManager.historicalInterval}):
 * points every {@code samplingPeriod}, kept for {@code length}, for counters up to statistics
 * {@code level}. The samplingPeriod in seconds is the {@code intervalId} of a query.
 *
 * @param key the interval's key (1 = day, 2 = week, 3 = month, 4 = year by default)
 * @param name e.g. {@code Past day}
 * @param samplingPeriod e.g. 300 s
 * @param length how far back it reaches, e.g. 1 day
 * @param level the statistics level 1..4: counters with a higher level are not kept
 * @param enabled whether vCenter collects it
 */
public record HistoricalInterval(int key, String name, Duration samplingPeriod, Duration length, int level,
                                 boolean enabled) {

    /**
     * vCenter's documented defaults (vSphere Monitoring and Performance, "Data Collection Intervals"):
     * 5 minutes for a day, 30 minutes for a week, 2 hours for a month, 1 day for a year, level 1.
     * Used when a server lists no intervals (vcsim does not), and marked so in the series' source.
     */
    public static final List<HistoricalInterval> VSPHERE_DEFAULTS = List.of(
            new HistoricalInterval(1, "Past day", Duration.ofMinutes(5), Duration.ofDays(1), 1, true),
            new HistoricalInterval(2, "Past week", Duration.ofMinutes(30), Duration.ofDays(7), 1, true),
            new HistoricalInterval(3, "Past month", Duration.ofHours(2), Duration.ofDays(30), 1, true),
            new HistoricalInterval(4, "Past year", Duration.ofDays(1), Duration.ofDays(365), 1, true));

    public HistoricalInterval {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(samplingPeriod, "samplingPeriod");
        Objects.requireNonNull(length, "length");
        if (samplingPeriod.isNegative() || samplingPeriod.isZero()) {
            throw new IllegalArgumentException("a sampling period must be positive: " + samplingPeriod);
        }
    }

    /** @return the {@code intervalId} to query this interval with: its sampling period in seconds */
    public int intervalId() {
        return (int) samplingPeriod.toSeconds();
    }
}
