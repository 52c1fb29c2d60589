package dev.cloudfit.assess.report;

import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.perf.DiskIo;
import dev.cloudfit.assess.perf.UtilizationSnapshot;
import dev.cloudfit.assess.sizing.perf.CounterKind;
import dev.cloudfit.assess.sizing.perf.CounterSummary;
import dev.cloudfit.assess.sizing.perf.DiskPerf;
import dev.cloudfit.assess.sizing.perf.NicPerf;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.settings.Percentile;
import dev.cloudfit.core.units.DataRate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * From an Azure Migrate CSV row's utilisation figures to the sizing's {@link PerfSummary}, the way the
 * reference's CSV import uses them (§1.6): each figure as it is, one {@linkplain CounterSummary#singleFigure
 * single figure} per counter, so there is no percentile and no confidence rating. CPU and memory %, per-disk
 * read/write operations and throughput matched to the disk of the same label ({@code Disk 2}), and
 * outbound network throughput. When a row gives only the "Total disks" figures, they are spread evenly
 * over the server's disks (REV: "VM-level usage spread evenly"); per-disk figures win when both are
 * given. Throughput becomes decimal MB/s, the unit of Azure's disk limits.
 */
public final class SnapshotPerf {

    static final String ALL_ADAPTERS = "all adapters";

    private SnapshotPerf() {
    }

    /**
     * The summary of {@code vm} from its row's figures; empty when the row has none (the server is then sized
     * as on-premises). A row with some figures but not all is performance-based with the usual fallbacks
     * (a missing CPU or memory figure: the configured size, reported as {@code perf.cpu-missing}).
     */
    public static Optional<PerfSummary> of(Vm vm, UtilizationSnapshot s, Percentile percentile) {
        if (s.isEmpty()) {
            return Optional.empty();
        }
        List<DiskPerf> disks = new ArrayList<>();
        boolean perDisk = s.disks().stream().anyMatch(d -> !d.isEmpty());
        if (perDisk) {
            for (DiskIo d : s.disks()) {
                disks.add(disk(d.disk(), d.readOpsPerSecond(), d.writeOpsPerSecond(), d.read(), d.write(), 1, percentile));
            }
        } else if (!s.allDisks().isEmpty() && !vm.disks().isEmpty()) {
            int n = vm.disks().size();
            DiskIo t = s.allDisks();
            for (Disk d : vm.disks()) {
                disks.add(disk(d.label(), t.readOpsPerSecond(), t.writeOpsPerSecond(), t.read(), t.write(), n, percentile));
            }
        }
        List<NicPerf> nics = s.networkIn().isEmpty() && s.networkOut().isEmpty() ? List.of()
                : List.of(new NicPerf(ALL_ADAPTERS, rate(CounterKind.NIC_IN_MBPS, s.networkIn(), 1, percentile),
                        rate(CounterKind.NIC_OUT_MBPS, s.networkOut(), 1, percentile)));
        return Optional.of(new PerfSummary(vm.identity().key(),
                s.cpu().map(p -> CounterSummary.singleFigure(CounterKind.CPU_PERCENT, p.value(), percentile)),
                s.memory().map(p -> CounterSummary.singleFigure(CounterKind.MEMORY_PERCENT, p.value(), percentile)),
                disks, nics));
    }

    private static DiskPerf disk(String label, OptionalDouble readOps, OptionalDouble writeOps, Optional<DataRate> read,
            Optional<DataRate> write, int share, Percentile percentile) {
        return new DiskPerf(label, ops(CounterKind.DISK_READ_IOPS, readOps, share, percentile),
                ops(CounterKind.DISK_WRITE_IOPS, writeOps, share, percentile),
                rate(CounterKind.DISK_READ_MBPS, read, share, percentile),
                rate(CounterKind.DISK_WRITE_MBPS, write, share, percentile));
    }

    private static Optional<CounterSummary> ops(CounterKind kind, OptionalDouble v, int share, Percentile percentile) {
        return v.isPresent() ? Optional.of(CounterSummary.singleFigure(kind, v.getAsDouble() / share, percentile))
                : Optional.empty();
    }

    private static Optional<CounterSummary> rate(CounterKind kind, Optional<DataRate> v, int share, Percentile percentile) {
        return v.map(r -> CounterSummary.singleFigure(kind, r.toMegabytesPerSecond() / share, percentile));
    }
}
