package dev.cloudfit.assess.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.catalog.DiskType;
import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.DiskProvisioning;
import dev.cloudfit.assess.inventory.Firmware;
import dev.cloudfit.assess.inventory.GuestOs;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.InventorySource;
import dev.cloudfit.assess.inventory.Nic;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.inventory.VmIdentity;
import dev.cloudfit.assess.pricing.ArmSkuName;
import dev.cloudfit.assess.pricing.PricingOs;
import dev.cloudfit.assess.pricing.PricingPlan;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.source.PriceSourceSettings;
import dev.cloudfit.assess.report.AssessmentPipeline;
import dev.cloudfit.assess.sizing.disk.DiskChoice;
import dev.cloudfit.assess.sizing.fit.FitDecision;
import dev.cloudfit.assess.sizing.perf.CounterKind;
import dev.cloudfit.assess.sizing.perf.CounterSummary;
import dev.cloudfit.assess.sizing.perf.DiskPerf;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.sizing.settings.Percentile;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.core.units.Money;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: {@code --hours-per-month 200} scales what Azure bills per running hour (the VM's pay-as-you-go
 * compute), never a managed disk: a Premium SSD v2 disk's capacity, IOPS and throughput meters are billed every
 * hour of the 730-hour month whether the VM runs or is deallocated (docs/pricing.md, "Disks and running hours").
 * The sizer's figure, the VMs sheet and the JSON output all say so.
 *
 * <p>Prices: the embedded snapshot (fixtures/azure/retail-prices/radar-snapshots/storage-eu-west.json, westeurope,
 * USD): "Premium LRS Provisioned Capacity" 0.00013 $/GiB-h, "Premium LRS Provisioned IOPS" 0.000008 $/IOPS-h,
 * "Premium LRS Provisioned Throughput (MBps)" 0.000065 $/MBps-h (product "Azure Premium SSD v2"); P10 LRS 21.68
 * $/month.
 */
class ProvisionedDiskBilledAllMonthTest {

    private static final Duration MONTH = Duration.ofDays(30);
    private static final Duration TWO_HOURS = Duration.ofHours(2);

    @TempDir
    Path dir;

    @Test
    void aV2DiskIsBilledTheWholeMonth_whileTheVmComputeScalesTo200RunningHours() throws Exception {
        Vm vm = Vm.builder(new VmIdentity("db01", "vc1", "vm-db01", null, null))
                .vcpus(16).memory(DataSize.ofGibibytes(128)).firmware(Firmware.BIOS)
                .guestOs(new GuestOs("Ubuntu Linux (64-bit)", null))
                .disk(disk("Hard disk 1", 128)).disk(disk("Hard disk 2", 1024))
                .nic(new Nic("Network adapter 1", "VM Network", "VMXNET3", null, true, List.of(), List.of()))
                .build();
        PerfSummary perf = new PerfSummary(vm.identity().key(), Optional.of(counter(CounterKind.CPU_PERCENT, 40)),
                Optional.of(counter(CounterKind.MEMORY_PERCENT, 50)),
                List.of(diskPerf("Hard disk 1", 50, 50, 1, 1), diskPerf("Hard disk 2", 30_000, 9_000, 200, 100)),
                List.of());
        Inventory inv = new Inventory(List.of(vm), List.of(), new InventorySource(InventorySource.GENERATED, "test",
                "00".repeat(32), null, Map.of(), List.of(), Map.of()));
        AssessmentSettings settings = AssessmentSettings.defaults().toBuilder().comfortFactor(1.0)
                .diskTypes(EnumSet.of(DiskType.PREMIUM_SSD, DiskType.PREMIUM_SSD_V2)).hoursPerMonth(200).build();
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC);
        Path xlsx = dir.resolve("r.xlsx");
        AssessmentPipeline.Outcome o = new AssessmentPipeline(AzureCatalog.bundled(), PriceSourceSettings.defaults(),
                clock).run("estate", inv, Map.of(vm.identity().key(), perf), settings, List.of(), "0.0.0-test", xlsx);

        FitDecision d = o.result().decisions().get(0);
        DiskChoice data = d.iaas().disks().get(1);
        assertThat(data.type()).isEqualTo(DiskType.PREMIUM_SSD_V2);
        // 730 h × (1,024 GiB × 0.00013 + (39,000 − 3,000) IOPS × 0.000008 + (300 − 125) MB/s × 0.000065)
        //   = 730 × 0.432495 = 315.72135 (at 200 running hours it would wrongly be 200 × 0.432495 = 86.499)
        assertThat(data.monthly().orElseThrow().amount()).isEqualByComparingTo("315.72135");
        DiskChoice os = d.iaas().disks().get(0);
        assertThat(os.tier()).isEqualTo("P10");
        assertThat(os.monthly().orElseThrow().amount()).isEqualByComparingTo("21.68");

        // the VM's compute: its size's pay-as-you-go Linux hourly row × 200 running hours
        String size = d.iaas().size().orElseThrow().name().value();
        Money hourly = o.prices().book().vmHourly(ArmSkuName.of(size), Region.of("westeurope"), PricingOs.LINUX,
                PricingPlan.PAYG).orElseThrow();
        BigDecimal exact = hourly.amount().multiply(BigDecimal.valueOf(200))
                .add(new BigDecimal("315.72135")).add(new BigDecimal("21.68"));
        BigDecimal expected = exact.setScale(2, RoundingMode.HALF_UP); // shown figures are rounded once, per VM

        // sizer (exact; the report rounds it)
        assertThat(d.iaas().monthlyCost().orElseThrow().amount()).isEqualByComparingTo(exact);
        // report row (the VMs sheet and JSON are written from it)
        assertThat(o.report().vms().get(0).costIn("PAYG").orElseThrow().amount()).isEqualByComparingTo(expected);
        // VMs sheet, as written
        assertThat(vmsSheetCell(xlsx, "db01", "Monthly, PAYG")).isEqualTo(expected.doubleValue());
        // JSON (--format json)
        AssessmentOutput.JsonVm json = AssessmentOutput.json(o).results().get(0);
        assertThat(json.monthlyCost().get("PAYG")).isEqualTo(expected.toPlainString());
        assertThat(json.disks()).filteredOn(x -> x.label().equals("Hard disk 2")).singleElement()
                .satisfies(x -> assertThat(x.monthlyCost()).isEqualTo("315.72"));
    }

    private static double vmsSheetCell(Path xlsx, String vm, String header) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("VMs");
            Row head = sheet.getRow(0);
            int column = -1;
            for (int c = 0; c < head.getLastCellNum(); c++) {
                if (header.equals(head.getCell(c).getStringCellValue())) {
                    column = c;
                }
            }
            assertThat(column).as(header + " column").isNotNegative();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && vm.equals(row.getCell(0).getStringCellValue())) {
                    return row.getCell(column).getNumericCellValue();
                }
            }
            throw new AssertionError("no row for " + vm);
        }
    }

    private static Disk disk(String label, double gib) {
        return new Disk(label, DataSize.ofGibibytes(gib), DiskProvisioning.THIN, "ds1", "SCSI 0", false, false, false);
    }

    private static CounterSummary counter(CounterKind kind, double value) {
        return new CounterSummary(kind, value, Percentile.P95, MONTH, TWO_HOURS, 360, 360);
    }

    private static DiskPerf diskPerf(String label, double readIops, double writeIops, double readMbps,
            double writeMbps) {
        return new DiskPerf(label, Optional.of(counter(CounterKind.DISK_READ_IOPS, readIops)),
                Optional.of(counter(CounterKind.DISK_WRITE_IOPS, writeIops)),
                Optional.of(counter(CounterKind.DISK_READ_MBPS, readMbps)),
                Optional.of(counter(CounterKind.DISK_WRITE_MBPS, writeMbps)));
    }
}
