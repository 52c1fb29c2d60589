package dev.cloudfit.vsphere.perf;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits query specs into calls of at most {@code maxMetrics} metrics each, which is how vCenter
 * counts against {@code config.vpxd.stats.maxQueryMetrics}: a call over the limit is refused whole
 * ("This operation is restricted by the administrator"). Specs are packed in order; a spec with
 * more metrics than the limit is cut into several specs over the same entity and time.
 */
final class QueryBatches {

    private QueryBatches() {
    }

    static List<List<PerfQuerySpec>> plan(List<PerfQuerySpec> specs, int maxMetrics) {
        if (maxMetrics < 1) {
            throw new IllegalArgumentException("maxMetrics must be positive: " + maxMetrics);
        }
        List<List<PerfQuerySpec>> calls = new ArrayList<>();
        List<PerfQuerySpec> current = new ArrayList<>();
        int room = maxMetrics;
        for (PerfQuerySpec spec : specs) {
            List<PerfMetricId> metrics = spec.metrics();
            int from = 0;
            while (from < metrics.size()) {
                if (room == 0) {
                    calls.add(current);
                    current = new ArrayList<>();
                    room = maxMetrics;
                }
                int to = Math.min(metrics.size(), from + room);
                current.add(from == 0 && to == metrics.size() ? spec : spec.withMetrics(metrics.subList(from, to)));
                room -= to - from;
                from = to;
            }
        }
        if (!current.isEmpty()) {
            calls.add(current);
        }
        return calls;
    }

    static int metricCount(List<PerfQuerySpec> call) {
        int n = 0;
        for (PerfQuerySpec spec : call) {
            n += spec.metrics().size();
        }
        return n;
    }
}
