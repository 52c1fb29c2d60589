package dev.cloudfit.assess.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.DiskProvisioning;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.inventory.VmIdentity;
import dev.cloudfit.assess.perf.DiskIo;
import dev.cloudfit.assess.perf.UtilizationSnapshot;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.settings.Percentile;
import dev.cloudfit.core.units.DataRate;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.core.units.Percentage;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SnapshotPerfTest {

    private static final Vm VM = Vm.builder(new VmIdentity("app01", null, null, null, null)).vcpus(4)
            .memory(DataSize.ofGibibytes(16))
            .disk(new Disk("Disk 1", DataSize.ofGibibytes(100), DiskProvisioning.UNKNOWN, null, null, false, false, false))
            .disk(new Disk("Disk 2", DataSize.ofGibibytes(100), DiskProvisioning.UNKNOWN, null, null, false, false, false))
            .build();

    private static UtilizationSnapshot snapshot(List<DiskIo> disks, DiskIo all) {
        return new UtilizationSnapshot("azure-migrate-csv", Optional.of(Percentage.of(5)), Optional.empty(), disks, all,
                Optional.empty(), Optional.of(DataRate.ofMegabytesPerSecond(12)));
    }

    private static DiskIo io(String label, double readOps, double writeOps) {
        return new DiskIo(label, Optional.empty(), Optional.empty(), OptionalDouble.of(readOps), OptionalDouble.of(writeOps));
    }

    @Test
    void singleFiguresCarryNoConfidenceRating() {
        PerfSummary p = SnapshotPerf.of(VM, snapshot(List.of(), io(DiskIo.ALL_DISKS, 0, 0)), Percentile.P95).orElseThrow();
        assertThat(p.cpu().orElseThrow().value()).isEqualTo(5);
        assertThat(p.cpu().orElseThrow().isSingleFigure()).isTrue();
        assertThat(p.memory()).isEmpty();
        assertThat(p.confidence()).isEmpty();
        assertThat(p.outboundMbps()).contains(12.0);
    }

    @Test
    void totalsAreSpreadEvenlyOverTheDisks_whenNoPerDiskFigureIsGiven() {
        // 600 read + 200 write operations over two disks: 300 + 100 = 400 IOPS each
        PerfSummary p = SnapshotPerf.of(VM, snapshot(List.of(), io(DiskIo.ALL_DISKS, 600, 200)), Percentile.P95)
                .orElseThrow();
        assertThat(p.disk(VM.disks().get(0)).orElseThrow().iops()).contains(400.0);
        assertThat(p.disk(VM.disks().get(1)).orElseThrow().iops()).contains(400.0);
    }

    @Test
    void perDiskFiguresWinOverTotals() {
        PerfSummary p = SnapshotPerf.of(VM, snapshot(List.of(io("Disk 2", 900, 0)), io(DiskIo.ALL_DISKS, 600, 200)),
                Percentile.P95).orElseThrow();
        assertThat(p.disk(VM.disks().get(0))).isEmpty();
        assertThat(p.disk(VM.disks().get(1)).orElseThrow().iops()).contains(900.0);
    }

    @Test
    void aRowWithoutFiguresHasNoSummary() {
        UtilizationSnapshot none = new UtilizationSnapshot("azure-migrate-csv", Optional.empty(), Optional.empty(),
                List.of(), new DiskIo(DiskIo.ALL_DISKS, Optional.empty(), Optional.empty(), OptionalDouble.empty(),
                        OptionalDouble.empty()), Optional.empty(), Optional.empty());
        assertThat(SnapshotPerf.of(VM, none, Percentile.P95)).isEmpty();
    }
}
