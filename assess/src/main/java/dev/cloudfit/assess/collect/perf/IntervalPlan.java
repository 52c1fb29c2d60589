package dev.cloudfit.assess.collect.perf;

import dev.cloudfit.assess.workspace.TimeRange;
import dev.cloudfit.vsphere.perf.HistoricalInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One historical interval a collection reads, and the time it reads it for: the interval's reach
 * (or the days asked for, if fewer), ending at the last whole period before vCenter's clock. When
 * the server lists no intervals, vSphere's defaults stand in and {@code fromServer} is false: then
 * the statistics level is unknown and no counter is left out for its level.
 *
 * @param interval the interval
 * @param range {@code [end - reach, end)}, both ends whole multiples of the sampling period
 * @param fromServer whether the server listed this interval
 */
public record IntervalPlan(HistoricalInterval interval, TimeRange range, boolean fromServer) {

    public IntervalPlan {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(range, "range");
    }

    public Duration period() {
        return interval.samplingPeriod();
    }

    /** Text for the series' source detail, e.g. {@code "Past month (7200 s), statistics level 1"}. */
    public String sourceDetail() {
        return fromServer
                ? interval.name() + " (" + period().toSeconds() + " s), statistics level " + interval.level()
                : "vSphere default interval " + period().toSeconds() + " s (the server listed none)";
    }

    /**
     * The intervals to read for {@code days} of history: every enabled interval that reaches less
     * far than asked, plus the first that reaches far enough (a longer one would repeat its time at
     * a coarser rollup). {@code only}, when not empty, keeps just those sampling periods.
     */
    static List<IntervalPlan> plan(List<HistoricalInterval> listed, int days, Instant serverNow, Set<Duration> only) {
        boolean fromServer = !listed.isEmpty();
        List<HistoricalInterval> intervals = fromServer ? listed : HistoricalInterval.VSPHERE_DEFAULTS;
        Duration asked = Duration.ofDays(days);
        List<IntervalPlan> out = new ArrayList<>();
        for (HistoricalInterval i : intervals) {
            if (!i.enabled()) {
                continue;
            }
            long period = i.samplingPeriod().toSeconds();
            Instant end = Instant.ofEpochSecond(Math.floorDiv(serverNow.getEpochSecond(), period) * period);
            Duration reach = i.length().compareTo(asked) < 0 ? i.length() : asked;
            long reachSeconds = reach.toSeconds() / period * period;
            if (reachSeconds > 0 && (only.isEmpty() || only.contains(i.samplingPeriod()))) {
                out.add(new IntervalPlan(i, new TimeRange(end.minusSeconds(reachSeconds), end), fromServer));
            }
            if (i.length().compareTo(asked) >= 0) {
                break;
            }
        }
        return out;
    }
}
