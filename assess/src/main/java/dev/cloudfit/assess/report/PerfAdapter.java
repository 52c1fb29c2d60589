package dev.cloudfit.assess.report;

import dev.cloudfit.assess.sizing.perf.CounterKind;
import dev.cloudfit.assess.sizing.perf.CounterSummary;
import dev.cloudfit.assess.sizing.perf.DiskPerf;
import dev.cloudfit.assess.sizing.perf.NicPerf;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.settings.Percentile;
import dev.cloudfit.assess.workspace.perf.PerfCounters;
import dev.cloudfit.assess.workspace.perf.VmPerfSummary;
import dev.cloudfit.core.units.DataRate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * From the workspace's SQL percentile summary of one VM to the sizing's {@link PerfSummary}: CPU and
 * memory, and per disk and per NIC instance (vCenter's {@code scsi0:1} and {@code 4000}) the IOPS and
 * throughput at the sizing percentile. Each counter is taken at its finest stored interval. vCenter's
 * {@code kiloBytesPerSecond} (KiB/s) becomes decimal MB/s (10^6 B/s), the unit of Azure's disk and VM
 * limits; a series in a unit this adapter does not know is left out rather than guessed.
 */
final class PerfAdapter {

    private PerfAdapter() {
    }

    static PerfSummary toSizing(VmPerfSummary s, Percentile percentile, Duration window) {
        Map<String, DiskSeries> disks = new TreeMap<>();
        Map<String, NicSeries> nics = new TreeMap<>();
        for (var c : s.counters()) {
            if (c.instance().isEmpty()) {
                continue;
            }
            switch (c.counter()) {
                case PerfCounters.DISK_READ_IOPS -> disk(disks, c).readIops = finer(disk(disks, c).readIops, c);
                case PerfCounters.DISK_WRITE_IOPS -> disk(disks, c).writeIops = finer(disk(disks, c).writeIops, c);
                case PerfCounters.DISK_READ_RATE -> disk(disks, c).readRate = finer(disk(disks, c).readRate, c);
                case PerfCounters.DISK_WRITE_RATE -> disk(disks, c).writeRate = finer(disk(disks, c).writeRate, c);
                case PerfCounters.NET_RX_RATE -> nic(nics, c).in = finer(nic(nics, c).in, c);
                case PerfCounters.NET_TX_RATE -> nic(nics, c).out = finer(nic(nics, c).out, c);
                default -> { }
            }
        }
        List<DiskPerf> diskPerf = new ArrayList<>(disks.size());
        disks.forEach((instance, d) -> diskPerf.add(new DiskPerf(instance,
                counter(d.readIops, CounterKind.DISK_READ_IOPS, percentile, window),
                counter(d.writeIops, CounterKind.DISK_WRITE_IOPS, percentile, window),
                counter(d.readRate, CounterKind.DISK_READ_MBPS, percentile, window),
                counter(d.writeRate, CounterKind.DISK_WRITE_MBPS, percentile, window))));
        List<NicPerf> nicPerf = new ArrayList<>(nics.size());
        nics.forEach((instance, n) -> nicPerf.add(new NicPerf(instance,
                counter(n.in, CounterKind.NIC_IN_MBPS, percentile, window),
                counter(n.out, CounterKind.NIC_OUT_MBPS, percentile, window))));
        return new PerfSummary(s.vmKey(),
                counter(s.aggregate(PerfCounters.CPU_USAGE).orElse(null), CounterKind.CPU_PERCENT, percentile, window),
                counter(s.aggregate(PerfCounters.MEM_USAGE).orElse(null), CounterKind.MEMORY_PERCENT, percentile, window),
                diskPerf, nicPerf);
    }

    /** The value in the sizing unit of {@code kind}: MB/s for rates, as stored for percent and IOPS; NaN when unknown. */
    static double inSizingUnit(double value, String unit, CounterKind kind) {
        if (kind.unit().equals("MB/s")) {
            return PerfCounters.UNIT_KBPS.equals(unit) ? DataRate.ofKibibytesPerSecond(value).toMegabytesPerSecond()
                    : Double.NaN;
        }
        return value;
    }

    private static Optional<CounterSummary> counter(dev.cloudfit.assess.workspace.perf.CounterSummary c,
            CounterKind kind, Percentile percentile, Duration window) {
        if (c == null) {
            return Optional.empty();
        }
        double v = inSizingUnit(c.percentiles().at(percentile.value()), c.unit(), kind);
        if (!Double.isFinite(v)) {
            return Optional.empty();
        }
        return Optional.of(new CounterSummary(kind, Math.max(0, v), percentile, window, c.interval(), c.expected(),
                Math.min(c.received(), c.expected())));
    }

    private static dev.cloudfit.assess.workspace.perf.CounterSummary finer(
            dev.cloudfit.assess.workspace.perf.CounterSummary have, dev.cloudfit.assess.workspace.perf.CounterSummary c) {
        return have == null || c.interval().compareTo(have.interval()) < 0 ? c : have;
    }

    private static DiskSeries disk(Map<String, DiskSeries> m, dev.cloudfit.assess.workspace.perf.CounterSummary c) {
        return m.computeIfAbsent(c.instance(), k -> new DiskSeries());
    }

    private static NicSeries nic(Map<String, NicSeries> m, dev.cloudfit.assess.workspace.perf.CounterSummary c) {
        return m.computeIfAbsent(c.instance(), k -> new NicSeries());
    }

    /** The four series of one disk instance, at the finest interval seen so far. */
    private static final class DiskSeries {
        dev.cloudfit.assess.workspace.perf.CounterSummary readIops;
        dev.cloudfit.assess.workspace.perf.CounterSummary writeIops;
        dev.cloudfit.assess.workspace.perf.CounterSummary readRate;
        dev.cloudfit.assess.workspace.perf.CounterSummary writeRate;
    }

    /** The two series of one NIC instance. */
    private static final class NicSeries {
        dev.cloudfit.assess.workspace.perf.CounterSummary in;
        dev.cloudfit.assess.workspace.perf.CounterSummary out;
    }
}
