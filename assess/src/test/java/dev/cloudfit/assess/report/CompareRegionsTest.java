package dev.cloudfit.assess.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.catalog.VmSeries;
import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.DiskProvisioning;
import dev.cloudfit.assess.inventory.Firmware;
import dev.cloudfit.assess.inventory.GuestOs;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.InventorySource;
import dev.cloudfit.assess.inventory.Nic;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.inventory.VmIdentity;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.source.PriceSourceSettings;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.sizing.settings.SizingCriterion;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.core.units.Money;
import dev.cloudfit.reports.model.RegionComparison;
import dev.cloudfit.reports.model.RegionCost;
import dev.cloudfit.reports.model.RegionVm;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --compare-regions}: the sizes chosen for westeurope priced in northeurope by the same engine, figures
 * worked out by hand from the embedded snapshot's fixture rows
 * ({@code /work/shared/fixtures/azure/retail-prices/radar-snapshots}, data dates in {@code docs/pricing.md}):
 * <pre>
 * vm-eu-west.json      DZH318Z08W0T/006X  Virtual Machines Dasv5 Series          Standard_D2as_v5  0.104 /h, savingsPlanPrice 0.07904
 * vm-eu-west.json      DZH318Z08W0Q/0008  Virtual Machines Dasv5 Series Windows  Standard_D2as_v5  0.196 /h
 * vm-northeurope.json  DZH318Z08W0T/002C  Virtual Machines Dasv5 Series          Standard_D2as_v5  0.096 /h, savingsPlanPrice 0.072624
 * vm-northeurope.json  DZH318Z08W0Q/003D  Virtual Machines Dasv5 Series Windows  Standard_D2as_v5  0.188 /h
 * storage-eu-west.json      DZH318Z0BP04/0080  Premium SSD Managed Disks  P10 LRS Disk  21.68 /month
 * storage-northeurope.json  DZH318Z0BP04/0086  Premium SSD Managed Disks  P10 LRS Disk  19.71 /month
 * </pre>
 * Each VM is 2 vCPUs, 8 GiB, one 128 GiB disk, sized as on-premises on Dasv5 only: Standard_D2as_v5 and a P10.
 */
class CompareRegionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static Vm vm(String name, String os) {
        return vm(name, os, 2, 8);
    }

    private static Vm vm(String name, String os, int vcpus, int memoryGib) {
        return Vm.builder(new VmIdentity(name, "vc1", "vm-" + name, null, null))
                .vcpus(vcpus)
                .memory(DataSize.ofGibibytes(memoryGib))
                .firmware(Firmware.EFI)
                .guestOs(new GuestOs(os, null))
                .disk(new Disk("Hard disk 1", DataSize.ofGibibytes(128), DiskProvisioning.THIN, "ds1", "SCSI 0", false,
                        false, false))
                .nic(new Nic("Network adapter 1", "VM Network", "VMXNET3", null, true, List.of(), List.of()))
                .build();
    }

    private RegionComparison compare(String series, List<String> others, Vm... vms) {
        Inventory inv = new Inventory(List.of(vms), List.of(), new InventorySource(InventorySource.GENERATED, "test",
                "00".repeat(32), null, Map.of(), List.of(), Map.of()));
        AssessmentSettings settings = AssessmentSettings.defaults().toBuilder()
                .criterion(SizingCriterion.AS_ON_PREMISES).seriesAllowList(Set.of(VmSeries.of(series))).build();
        AssessmentPipeline.Outcome o = new AssessmentPipeline(AzureCatalog.bundled(), PriceSourceSettings.defaults(),
                CLOCK).withCompareRegions(others.stream().map(Region::of).toList())
                .run("estate", inv, Map.of(), settings, List.of(), "0.0.0-test", dir.resolve("r.xlsx"));
        return o.report().regionComparison().orElseThrow();
    }

    private static Optional<Money> cost(RegionComparison c, String vm, String region, String scenario) {
        RegionVm row = c.vms().stream().filter(v -> v.id().name().equals(vm)).findFirst().orElseThrow();
        return row.cost(region, scenario).flatMap(RegionCost::monthly);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @Test
    void theSameSizesArePricedInNortheurope_perVmAndInTotal_byHand() {
        RegionComparison c = compare("Dasv5", List.of("northeurope"),
                vm("lin1", "Ubuntu Linux (64-bit)"), vm("win1", "Microsoft Windows Server 2019 (64-bit)"));

        assertThat(c.regions()).containsExactly("westeurope", "northeurope");
        // PAYG (the reference), then the cheapest complete scenario: SP1Y + AHB (Windows on the Linux rate)
        assertThat(c.scenarios()).containsExactly("PAYG", "SP1Y + AHB");
        assertThat(c.vms()).extracting(RegionVm::size).containsOnly("Standard_D2as_v5");

        // Linux PAYG: 0.104 × 730 = 75.92 + 21.68 = 97.60 ; northeurope 0.096 × 730 = 70.08 + 19.71 = 89.79
        assertThat(cost(c, "lin1", "westeurope", "PAYG")).contains(usd("97.60"));
        assertThat(cost(c, "lin1", "northeurope", "PAYG")).contains(usd("89.79"));
        // Windows PAYG: 0.196 × 730 = 143.08 + 21.68 = 164.76 ; northeurope 0.188 × 730 = 137.24 + 19.71 = 156.95
        assertThat(cost(c, "win1", "westeurope", "PAYG")).contains(usd("164.76"));
        assertThat(cost(c, "win1", "northeurope", "PAYG")).contains(usd("156.95"));
        // SP1Y + AHB, both VMs: 0.07904 × 730 = 57.6992 + 21.68 = 79.3792 -> 79.38 ;
        // northeurope 0.072624 × 730 = 53.01552 + 19.71 = 72.72552 -> 72.73
        assertThat(cost(c, "lin1", "westeurope", "SP1Y + AHB")).contains(usd("79.38"));
        assertThat(cost(c, "win1", "northeurope", "SP1Y + AHB")).contains(usd("72.73"));

        // totals add the shown figures: 97.60 + 164.76 = 262.36 ; 89.79 + 156.95 = 246.74 ; 2 × 72.73 = 145.46
        assertThat(c.total("westeurope", "PAYG").orElseThrow().monthly()).isEqualTo(usd("262.36"));
        assertThat(c.total("northeurope", "PAYG").orElseThrow().monthly()).isEqualTo(usd("246.74"));
        assertThat(c.total("westeurope", "SP1Y + AHB").orElseThrow().monthly()).isEqualTo(usd("158.76"));
        assertThat(c.total("northeurope", "SP1Y + AHB").orElseThrow().monthly()).isEqualTo(usd("145.46"));
        assertThat(c.total("northeurope", "PAYG").orElseThrow().coverage()).isEqualTo("complete (2 VMs)");
    }

    @Test
    void aSizeNotOfferedInTheOtherRegionIsSaidSo_andTheTotalSaysWhatItCovers() {
        // the catalog's vm-regions.json lists Standard_FX4mds (4 vCPUs, 84 GiB) in westeurope, not in northeurope;
        // vm-eu-west.json prices it
        RegionComparison c = compare("FXmds", List.of("northeurope"), vm("fx1", "Ubuntu Linux (64-bit)", 4, 84));

        RegionVm row = c.vms().get(0);
        assertThat(row.size()).isEqualTo("Standard_FX4mds");
        RegionCost there = row.cost("northeurope", "PAYG").orElseThrow();
        assertThat(there.monthly()).isEmpty();
        assertThat(there.missing()).isEqualTo("Standard_FX4mds not offered in northeurope");
        assertThat(row.cost("westeurope", "PAYG").orElseThrow().monthly()).isPresent();
        assertThat(c.total("northeurope", "PAYG").orElseThrow().coverage()).isEqualTo("0 of 1 VMs priced");
        assertThat(c.total("westeurope", "PAYG").orElseThrow().coverage()).isEqualTo("complete (1 VMs)");
    }
}
