package dev.cloudfit.assess.collect.perf;

import dev.cloudfit.vsphere.perf.PerfMetricId;
import dev.cloudfit.vsphere.perf.PerfSeriesChunk;
import dev.cloudfit.vsphere.perf.PerfSeriesSink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds one VM's 20 s realtime samples into the highest raw value per series and bucket
 * ({@code floor(t / bucket)}), for buckets that start at or after {@code from}. Holds one number
 * per series and bucket of one poll: an hour of realtime is six buckets.
 */
final class PeakFolder implements PerfSeriesSink {

    /** One bucket's peak of one series. */
    record Peak(PerfMetricId metric, Instant bucketStart, long rawMax) {
    }

    private final long bucketSeconds;
    private final Instant from;
    private final Map<PerfMetricId, TreeMap<Long, Long>> peaks = new LinkedHashMap<>();

    PeakFolder(long bucketSeconds, Instant from) {
        this.bucketSeconds = bucketSeconds;
        this.from = from;
    }

    @Override
    public void accept(PerfSeriesChunk chunk) {
        TreeMap<Long, Long> buckets = null;
        for (int i = 0; i < chunk.size(); i++) {
            Instant t = chunk.timestamp(i);
            if (t.isBefore(from)) {
                continue;
            }
            if (buckets == null) {
                buckets = peaks.computeIfAbsent(chunk.metric(), m -> new TreeMap<>());
            }
            long bucket = Math.floorDiv(t.getEpochSecond(), bucketSeconds) * bucketSeconds;
            buckets.merge(bucket, chunk.value(i), Math::max);
        }
    }

    /** @return the peaks of buckets that end at or before {@code completeUntil}, oldest first per series */
    List<Peak> complete(Instant completeUntil) {
        List<Peak> out = new ArrayList<>();
        for (Map.Entry<PerfMetricId, TreeMap<Long, Long>> e : peaks.entrySet()) {
            for (Map.Entry<Long, Long> b : e.getValue().entrySet()) {
                if (b.getKey() + bucketSeconds <= completeUntil.getEpochSecond()) {
                    out.add(new Peak(e.getKey(), Instant.ofEpochSecond(b.getKey()), b.getValue()));
                }
            }
        }
        return out;
    }
}
