package dev.cloudfit.assess.collect.perf;

import dev.cloudfit.assess.workspace.perf.PerfCounters;
import dev.cloudfit.vsphere.perf.CounterCatalogue;
import dev.cloudfit.vsphere.perf.PerfCounter;
import dev.cloudfit.vsphere.perf.PerfMetricId;
import dev.cloudfit.vsphere.perf.PerfUnit;
import dev.cloudfit.vsphere.perf.StatsType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The counters sizing reads, resolved against one vCenter's catalogue, and how their values are
 * stored: CPU and memory for the VM as a whole, disks and NICs per instance (vCenter also lists a
 * "" aggregate for some; kept as listed). Percent counters arrive in hundredths and are stored as
 * plain percent; averaged counts of a rate counter (IOPS) are stored as {@code number/s}; every
 * other unit as vCenter names it. Counters this vCenter lacks are skipped.
 */
final class CollectedCounters {

    static final List<String> AGGREGATE_ONLY = List.of(PerfCounters.CPU_USAGE, "cpu.ready.summation",
            PerfCounters.MEM_USAGE, "mem.consumed.average", "mem.active.average");
    static final List<String> PER_INSTANCE = List.of(PerfCounters.DISK_READ_IOPS, PerfCounters.DISK_WRITE_IOPS,
            PerfCounters.DISK_READ_RATE, PerfCounters.DISK_WRITE_RATE, PerfCounters.NET_RX_RATE, PerfCounters.NET_TX_RATE);

    private final Map<Integer, PerfCounter> byKey = new HashMap<>();
    private final Map<Integer, Boolean> aggregateOnly = new HashMap<>();

    CollectedCounters(CounterCatalogue catalogue) {
        for (String name : AGGREGATE_ONLY) {
            catalogue.byName(name).ifPresent(c -> {
                byKey.put(c.key(), c);
                aggregateOnly.put(c.key(), true);
            });
        }
        for (String name : PER_INSTANCE) {
            catalogue.byName(name).ifPresent(c -> {
                byKey.put(c.key(), c);
                aggregateOnly.put(c.key(), false);
            });
        }
    }

    /** @return the metrics among {@code available} that sizing reads */
    List<PerfMetricId> select(List<PerfMetricId> available) {
        List<PerfMetricId> out = new ArrayList<>();
        for (PerfMetricId id : available) {
            Boolean aggregate = aggregateOnly.get(id.counterKey());
            if (aggregate != null && (!aggregate || id.isAggregate())) {
                out.add(id);
            }
        }
        return out;
    }

    PerfCounter counter(int key) {
        PerfCounter c = byKey.get(key);
        if (c == null) {
            throw new IllegalStateException("counter " + key + " was not asked for");
        }
        return c;
    }

    boolean isEmpty() {
        return byKey.isEmpty();
    }

    static String unit(PerfCounter c) {
        if (c.unit().equals(PerfUnit.PERCENT)) {
            return PerfCounters.UNIT_PERCENT;
        }
        if (c.unit().equals(PerfUnit.NUMBER) && c.statsType() == StatsType.RATE) {
            return PerfCounters.UNIT_PER_SECOND;
        }
        return c.unit().key();
    }

    static double value(PerfCounter c, long raw) {
        return c.plainValue(raw);
    }
}
