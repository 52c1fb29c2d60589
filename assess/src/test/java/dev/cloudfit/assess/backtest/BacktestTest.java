package dev.cloudfit.assess.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.catalog.VmSizeName;
import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.DiskProvisioning;
import dev.cloudfit.assess.inventory.Firmware;
import dev.cloudfit.assess.inventory.GuestOs;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.InventorySource;
import dev.cloudfit.assess.inventory.Nic;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.inventory.VmIdentity;
import dev.cloudfit.assess.pricing.source.PriceSourceSettings;
import dev.cloudfit.assess.report.AssessmentPipeline;
import dev.cloudfit.assess.report.BacktestRequest;
import dev.cloudfit.assess.report.WorkspacePerf;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.workspace.RunCounts;
import dev.cloudfit.assess.workspace.RunSource;
import dev.cloudfit.assess.workspace.TimeRange;
import dev.cloudfit.assess.workspace.Workspace;
import dev.cloudfit.assess.workspace.perf.PerfCounters;
import dev.cloudfit.assess.workspace.perf.PerfSeries;
import dev.cloudfit.assess.workspace.perf.SampleAppender;
import dev.cloudfit.assess.workspace.perf.SeriesKey;
import dev.cloudfit.assess.workspace.perf.SeriesSource;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.reports.model.Backtest;
import dev.cloudfit.reports.model.BacktestVm;
import dev.cloudfit.reports.model.VmRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.LongToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assess --backtest} on a workspace built here with known two-hour series ending 2026-11-01 (the history's
 * end), held-out week 2026-10-25 to 2026-11-01 (84 points), and the expected counts worked out by hand.
 */
class BacktestTest {

    private static final Instant END = Instant.parse("2026-11-01T00:00:00Z");
    private static final Duration TWO_HOURS = Duration.ofHours(2);
    private static final Instant SPLIT = END.minus(Duration.ofDays(7));
    private static final AzureCatalog CATALOG = AzureCatalog.bundled();

    @TempDir
    Path tmp;

    private static Vm vm(String name) {
        return Vm.builder(new VmIdentity(name, "vc1", "vm-" + name, null, null))
                .vcpus(4)
                .memory(DataSize.ofGibibytes(16))
                .firmware(Firmware.EFI)
                .guestOs(new GuestOs("Ubuntu Linux (64-bit)", null))
                .disk(new Disk("Hard disk 1", DataSize.ofGibibytes(128), DiskProvisioning.THIN, "ds1", "SCSI 0", false,
                        false, false))
                .nic(new Nic("Network adapter 1", "VM Network", "VMXNET3", null, true, List.of(), List.of()))
                .build();
    }

    /** Points every two hours over {@code range}, the k-th worth {@code value(k)}; returns how many. */
    private static long series(SampleAppender out, Vm vm, String counter, TimeRange range,
            LongToDoubleFunction value) {
        int id = out.declare(new PerfSeries(new SeriesKey(vm.identity().key(), counter, "", TWO_HOURS),
                PerfCounters.UNIT_PERCENT, SeriesSource.GENERATED, "test"), range);
        long points = range.expectedPoints(TWO_HOURS);
        for (long k = 0; k < points; k++) {
            out.append(id, range.start().plus(TWO_HOURS.multipliedBy(k)), value.applyAsDouble(k));
        }
        return points;
    }

    @Test
    void aVmSizedOnThreeQuietWeeks_isOverCapacityInExactlyTheBusyHeldOutSamples() {
        Vm busy = vm("busy");
        Vm young = vm("young");
        Vm gone = vm("gone");
        TimeRange before = new TimeRange(END.minus(Duration.ofDays(28)), SPLIT); // 21 days: 252 points
        TimeRange heldOut = new TimeRange(SPLIT, END); // 7 days: 84 points
        AssessmentSettings settings = AssessmentSettings.defaults(); // P95, comfort factor 1.3, 30-day window
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            long run = ws.runs().start(RunSource.generated("test", "known series"));
            ws.storeInventory(run, new Inventory(List.of(busy, young, gone), List.of(), new InventorySource(
                    InventorySource.GENERATED, "test", "00".repeat(32), null, Map.of(), List.of(), Map.of())));
            long n = 0;
            try (SampleAppender out = ws.appender(run)) {
                // busy: 3 weeks at 20 % CPU, then a held-out week alternating 90 % (even points) and 40 % (odd)
                n += series(out, busy, PerfCounters.CPU_USAGE, before, k -> 20);
                n += series(out, busy, PerfCounters.CPU_USAGE, heldOut, k -> k % 2 == 0 ? 90 : 40);
                n += series(out, busy, PerfCounters.MEM_USAGE, new TimeRange(before.start(), END), k -> 30);
                // young: only the held-out week; gone: only the three weeks before it
                n += series(out, young, PerfCounters.CPU_USAGE, heldOut, k -> 50);
                n += series(out, young, PerfCounters.MEM_USAGE, heldOut, k -> 50);
                n += series(out, gone, PerfCounters.CPU_USAGE, before, k -> 50);
                n += series(out, gone, PerfCounters.MEM_USAGE, before, k -> 50);
            }
            ws.runs().complete(run, new TimeRange(before.start(), END), new RunCounts(3, 0, n));

            Inventory inv = ws.latestInventory().orElseThrow();
            AssessmentPipeline.Outcome o = new AssessmentPipeline(CATALOG, PriceSourceSettings.defaults(),
                    Clock.fixed(Instant.parse("2026-11-02T00:00:00Z"), ZoneOffset.UTC))
                    .withBacktest(new BacktestRequest(ws, Duration.ofDays(7)))
                    .run("estate", inv, WorkspacePerf.load(ws, settings), settings, List.of(), "0.0.0-test",
                            tmp.resolve("a.xlsx"));
            Backtest b = o.report().backtest().orElseThrow();

            // busy, sized on the 252 quiet points: P95 CPU 20 % -> 4 × 0.20 × 1.3 = 1.04 vCPUs; memory
            // 16 GiB × 0.30 × 1.3 = 6.24 GiB: the cheapest such size has 2 vCPUs (and at least 6.24 GiB).
            BacktestVm bt = vm(b, "busy");
            var size = CATALOG.vmSize(VmSizeName.of(bt.size().orElseThrow())).orElseThrow();
            assertThat(size.vcpus()).isEqualTo(2);
            // held out: 42 points at 90 % = 3.6 vCPUs > 2 (over); 42 at 40 % = 1.6 vCPUs (not); memory 4.8 GiB fits
            assertThat(bt.samples()).isEqualTo(84);
            assertThat(bt.over()).isEqualTo(42);
            assertThat(bt.worst()).contains("CPU");
            assertThat(bt.worstOver()).isEqualTo(42);
            assertThat(bt.describe()).isEqualTo("42 of 84 (50.0 %), worst: CPU (42)");

            assertThat(vm(b, "young").notTested()).contains(
                    "too little history: no samples in the 30 days before the held-out 7 days");
            assertThat(vm(b, "gone").notTested()).contains("no samples in the held-out 7 days");
            assertThat(b.tested()).isEqualTo(1);
            assertThat(b.vmsOver()).isEqualTo(1);
            assertThat(b.samplesOver()).isEqualTo(42);
            assertThat(b.holdout()).isEqualTo("7 days (2026-10-25 to 2026-11-01)");
            assertThat(b.summary()).startsWith("Backtest (P95 at comfort factor 1.3,").contains(
                    "1 of 1 tested VMs exceeded their size at least once; 42 of 84 held-out samples (50.0 %) over"
                            + " capacity; 2 VMs not tested", "the assessment sizes on the full history");

            assertThat(o.report().assumptions()).anySatisfy(a -> {
                assertThat(a.name()).isEqualTo("Backtest");
                assertThat(a.description()).contains("the recommended sizes use the full history");
            });
            // the assessment itself sizes busy on all 336 points: the 320th smallest (ceil(0.95 × 336)) is one of
            // the 42 at 90 % -> 4 × 0.90 × 1.3 = 4.68 vCPUs: a size with more than 4 vCPUs, not the backtest's 2
            VmRow row = o.report().vms().stream().filter(v -> v.id().name().equals("busy")).findFirst().orElseThrow();
            assertThat(CATALOG.vmSize(VmSizeName.of(row.recommendedSize().orElseThrow())).orElseThrow().vcpus())
                    .isGreaterThan(4);
        }
    }

    private static BacktestVm vm(Backtest b, String name) {
        return b.vms().stream().filter(v -> v.id().name().equals(name)).findFirst().orElseThrow();
    }
}
