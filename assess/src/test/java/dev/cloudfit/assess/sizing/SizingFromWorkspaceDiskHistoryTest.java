package dev.cloudfit.assess.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.catalog.DiskType;
import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.DiskAddress;
import dev.cloudfit.assess.inventory.DiskProvisioning;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.InventorySource;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.report.WorkspacePerf;
import dev.cloudfit.assess.sizing.disk.DiskChoice;
import dev.cloudfit.assess.sizing.disk.DiskDriver;
import dev.cloudfit.assess.sizing.iaas.IaasResult;
import dev.cloudfit.assess.sizing.iaas.IaasSizer;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.workspace.RunCounts;
import dev.cloudfit.assess.workspace.RunSource;
import dev.cloudfit.assess.workspace.SourceKind;
import dev.cloudfit.assess.workspace.TimeRange;
import dev.cloudfit.assess.workspace.Workspace;
import dev.cloudfit.assess.workspace.perf.PerfCounters;
import dev.cloudfit.assess.workspace.perf.PerfSeries;
import dev.cloudfit.assess.workspace.perf.SampleAppender;
import dev.cloudfit.assess.workspace.perf.SeriesKey;
import dev.cloudfit.assess.workspace.perf.SeriesSource;
import dev.cloudfit.core.units.DataSize;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-disk history stored in a workspace under vCenter's instance names ({@code scsi0:1}) reaches the
 * disk sizer through the inventory disk's address: disks first, by their own IOPS and MB/s.
 */
class SizingFromWorkspaceDiskHistoryTest {

    private static final Instant END = Instant.parse("2026-11-01T00:00:00Z");
    private static final Duration TWO_HOURS = Duration.ofHours(2);

    @TempDir
    Path tmp;

    private static Disk disk(String label, double gib, DiskAddress address) {
        return new Disk(label, DataSize.ofGibibytes(gib), DiskProvisioning.THIN, "ds1", "VMware paravirtual SCSI",
                false, false, false, address);
    }

    private Map<String, PerfSummary> store(Vm vm, Map<String, double[]> diskSeries) {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            long run = ws.runs().start(RunSource.generated("test", "fixed series"));
            ws.storeInventory(run, new Inventory(List.of(vm), List.of(),
                    new InventorySource(InventorySource.GENERATED, "test", "00".repeat(32), null, Map.of(), List.of(), Map.of())));
            TimeRange range = TimeRange.lastDays(END, 30);
            long n = 0;
            try (SampleAppender out = ws.appender(run)) {
                n += constant(out, vm, PerfCounters.CPU_USAGE, "", PerfCounters.UNIT_PERCENT, range, 40);
                n += constant(out, vm, PerfCounters.MEM_USAGE, "", PerfCounters.UNIT_PERCENT, range, 40);
                for (var e : diskSeries.entrySet()) {
                    double[] v = e.getValue();
                    n += constant(out, vm, PerfCounters.DISK_READ_IOPS, e.getKey(), PerfCounters.UNIT_PER_SECOND, range, v[0]);
                    n += constant(out, vm, PerfCounters.DISK_WRITE_IOPS, e.getKey(), PerfCounters.UNIT_PER_SECOND, range, v[1]);
                    n += constant(out, vm, PerfCounters.DISK_READ_RATE, e.getKey(), PerfCounters.UNIT_KBPS, range, v[2]);
                    n += constant(out, vm, PerfCounters.DISK_WRITE_RATE, e.getKey(), PerfCounters.UNIT_KBPS, range, v[3]);
                }
                n += constant(out, vm, PerfCounters.NET_TX_RATE, "4000", PerfCounters.UNIT_KBPS, range, 2000);
                n += constant(out, vm, PerfCounters.NET_TX_RATE, "4001", PerfCounters.UNIT_KBPS, range, 1000);
            }
            ws.runs().complete(run, range, new RunCounts(1, 0, n));
            assertThat(ws.latestInventory(SourceKind.GENERATED, "test").orElseThrow().vms().get(0).disks())
                    .extracting(Disk::address).containsExactlyElementsOf(vm.disks().stream().map(Disk::address).toList());
            return WorkspacePerf.load(ws, AssessmentSettings.defaults());
        }
    }

    /** 360 two-hour points of one value (P95 = the value). */
    private static long constant(SampleAppender out, Vm vm, String counter, String instance, String unit, TimeRange range,
            double value) {
        int id = out.declare(new PerfSeries(new SeriesKey(vm.identity().key(), counter, instance, TWO_HOURS), unit,
                SeriesSource.GENERATED, "test"), range);
        long points = range.expectedPoints(TWO_HOURS);
        for (long k = 0; k < points; k++) {
            out.append(id, range.start().plus(TWO_HOURS.multipliedBy(k)), value);
        }
        return points;
    }

    @Test
    void aDiskDoing800IopsAtP95InItsOwnHistory_getsP15_andTheQuietOsDiskIsSizedByCapacity() {
        Vm vm = TestVms.vm("files1", 2, 8).disks(List.of(
                disk("Hard disk 1", 128, new DiskAddress("scsi", 0, 0)),
                disk("Hard disk 2", 32, new DiskAddress("scsi", 0, 1)))).build();
        // scsi0:1: 500 read + 300 write IOPS, 5,000 + 3,000 KiB/s; scsi0:0: 20 IOPS, 100 KiB/s
        Map<String, PerfSummary> perf = store(vm, Map.of(
                "scsi0:1", new double[] {500, 300, 5000, 3000},
                "scsi0:0", new double[] {10, 10, 50, 50}));

        PerfSummary p = perf.get(vm.identity().key());
        assertThat(p.disks()).extracting(d -> d.disk()).containsExactly("scsi0:0", "scsi0:1");
        IaasResult r = new IaasSizer(AzureCatalog.bundled(), TestPrices.westEurope(), AssessmentSettings.defaults())
                .size(vm, p);

        DiskChoice data = r.disks().get(1);
        assertThat(data.tier()).isEqualTo("P15");
        assertThat(data.driver()).isEqualTo(DiskDriver.IOPS);
        var need = r.needs().orElseThrow().disks().get(1);
        assertThat(need.iops().getAsDouble()).isCloseTo(800 * 1.3, within(1e-9));
        // 8,000 KiB/s = 8,192,000 B/s = 8.192 MB/s (decimal, as Azure's limits), × 1.3
        assertThat(need.mbps().getAsDouble()).isCloseTo(8.192 * 1.3, within(1e-9));
        DiskChoice os = r.disks().get(0);
        assertThat(os.driver()).isEqualTo(DiskDriver.CAPACITY);
        assertThat(r.findings()).noneMatch(f -> f.id().equals("disk.perf-missing"));
        // network: Σ outbound over both NICs, 3,000 KiB/s = 3.072 MB/s, × 1.3
        assertThat(r.needs().orElseThrow().network().orElseThrow().toMegabytesPerSecond())
                .isCloseTo(3.072 * 1.3, within(1e-6));
    }

    @Test
    void aDiskWithoutItsOwnHistory_fallsBackToCapacityAsTheNoDataType_andSaysSo() {
        Vm vm = TestVms.vm("app2", 2, 8).disks(List.of(
                disk("Hard disk 1", 128, new DiskAddress("scsi", 0, 0)),
                disk("Hard disk 2", 32, new DiskAddress("scsi", 1, 0)),
                disk("Hard disk 3", 64, null))).build();
        Map<String, PerfSummary> perf = store(vm, Map.of("scsi0:0", new double[] {10, 10, 50, 50},
                "scsi0:1", new double[] {900, 900, 9000, 9000}));
        IaasResult r = new IaasSizer(AzureCatalog.bundled(), TestPrices.westEurope(), AssessmentSettings.defaults())
                .size(vm, perf.get(vm.identity().key()));

        // scsi1:0 has no series (the busy scsi0:1 series belongs to no disk of this VM) and disk 3 no address
        assertThat(r.disks().get(1).driver()).isEqualTo(DiskDriver.CAPACITY_NO_PERF_DATA);
        assertThat(r.disks().get(1).type()).isEqualTo(AssessmentSettings.defaults().diskTypeWithoutPerfData());
        assertThat(r.disks().get(2).driver()).isEqualTo(DiskDriver.CAPACITY_NO_PERF_DATA);
        assertThat(r.disks().get(2).type()).isEqualTo(DiskType.STANDARD_SSD);
        assertThat(r.findings()).filteredOn(f -> f.id().equals("disk.perf-missing")).hasSize(2);
        assertThat(r.disks().get(0).driver()).isEqualTo(DiskDriver.CAPACITY);
    }
}
