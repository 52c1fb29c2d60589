package dev.cloudfit.assess.collect.perf;

import dev.cloudfit.assess.workspace.TimeRange;
import dev.cloudfit.assess.workspace.perf.PerfSeries;
import dev.cloudfit.assess.workspace.perf.SampleAppender;
import dev.cloudfit.assess.workspace.perf.SeriesKey;
import dev.cloudfit.assess.workspace.perf.SeriesSource;
import dev.cloudfit.vsphere.perf.PerfCounter;
import dev.cloudfit.vsphere.perf.PerfMetricId;
import dev.cloudfit.vsphere.perf.PerfSeriesChunk;
import dev.cloudfit.vsphere.perf.PerfSeriesSink;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores one VM's historical series as they stream in: keeps the points inside the interval's
 * range, declares each series to the appender on its first points (with the range asked for, so
 * the workspace knows how many points to expect) and appends under the store lock. Counts what
 * arrived against what was expected, which gives the run's gaps.
 */
final class SeriesWriter implements PerfSeriesSink {

    private record Key(int counterKey, String instance, int intervalSeconds) {
    }

    private static final class Expected {
        final IntervalPlan plan;
        final TimeRange span;
        final long points;
        long received;
        int seriesId = -1;

        Expected(IntervalPlan plan, TimeRange span, long points) {
            this.plan = plan;
            this.span = span;
            this.points = points;
        }
    }

    private final String vmKey;
    private final CollectedCounters counters;
    private final SampleAppender appender;
    private final Object storeLock;
    private final Map<Key, Expected> expected = new HashMap<>();
    private long stored;
    private int[] keep = new int[64];
    private Expected[] keepTarget = new Expected[64];

    SeriesWriter(String vmKey, CollectedCounters counters, SampleAppender appender, Object storeLock) {
        this.vmKey = vmKey;
        this.counters = counters;
        this.appender = appender;
        this.storeLock = storeLock;
    }

    /** Records that {@code metric} is asked for at {@code plan}'s interval over {@code gaps}. */
    void expect(IntervalPlan plan, PerfMetricId metric, List<TimeRange> gaps) {
        long period = plan.period().toSeconds();
        long points = 0;
        for (TimeRange g : gaps) {
            points += g.length().toSeconds() / period;
        }
        TimeRange span = new TimeRange(gaps.get(0).start(), gaps.get(gaps.size() - 1).end());
        expected.put(new Key(metric.counterKey(), metric.instance(), (int) period), new Expected(plan, span, points));
    }

    @Override
    public void accept(PerfSeriesChunk chunk) {
        if (chunk.size() == 0) {
            return;
        }
        if (keep.length < chunk.size()) {
            keep = new int[chunk.size()];
            keepTarget = new Expected[chunk.size()];
        }
        PerfMetricId metric = chunk.metric();
        Expected target = null;
        int targetInterval = -1;
        int kept = 0;
        for (int i = 0; i < chunk.size(); i++) {
            int interval = chunk.intervalSeconds(i);
            if (interval != targetInterval) {
                target = expected.get(new Key(metric.counterKey(), metric.instance(), interval));
                targetInterval = interval;
            }
            if (target == null) {
                continue; // an interval or metric not asked for
            }
            Instant t = chunk.timestamp(i);
            if (!t.isBefore(target.plan.range().start()) && t.isBefore(target.plan.range().end())) {
                keepTarget[kept] = target;
                keep[kept++] = i;
            }
        }
        if (kept == 0) {
            return;
        }
        PerfCounter counter = counters.counter(metric.counterKey());
        synchronized (storeLock) {
            for (int k = 0; k < kept; k++) {
                int i = keep[k];
                Expected e = keepTarget[k];
                if (e.seriesId < 0) {
                    e.seriesId = appender.declare(new PerfSeries(new SeriesKey(vmKey, counter.name().toString(),
                            metric.instance(), Duration.ofSeconds(chunk.intervalSeconds(i))), CollectedCounters.unit(counter),
                            SeriesSource.VCENTER_HISTORICAL, e.plan.sourceDetail()), e.span);
                }
                appender.append(e.seriesId, chunk.timestamp(i), CollectedCounters.value(counter, chunk.value(i)));
                e.received++;
            }
        }
        stored += kept;
    }

    /** @return points stored for this VM */
    long stored() {
        return stored;
    }

    /** @return points asked for that vCenter did not send */
    long gaps() {
        long missing = 0;
        for (Expected e : expected.values()) {
            missing += Math.max(0, e.points - e.received);
        }
        return missing;
    }
}
