package dev.cloudfit.assess.sizing;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.catalog.DiskType;
import dev.cloudfit.assess.catalog.HyperVGeneration;
import dev.cloudfit.assess.catalog.Region;
import dev.cloudfit.assess.catalog.VmSeries;
import dev.cloudfit.assess.catalog.VmSizeSpec;
import dev.cloudfit.assess.inventory.Firmware;
import dev.cloudfit.assess.inventory.GuestOs;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.sizing.iaas.Constraint;
import dev.cloudfit.assess.sizing.iaas.IaasResult;
import dev.cloudfit.assess.sizing.iaas.IaasSizer;
import dev.cloudfit.assess.sizing.iaas.NeedSource;
import dev.cloudfit.assess.sizing.perf.CounterKind;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.readiness.Finding;
import dev.cloudfit.assess.sizing.readiness.Readiness;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.sizing.settings.SizingCriterion;
import dev.cloudfit.assess.sizing.settings.UnknownRegionRule;
import dev.cloudfit.core.units.DataSize;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SizingIaasTest {

    private static final AzureCatalog CATALOG = AzureCatalog.bundled();
    private static final AssessmentSettings DEFAULTS = AssessmentSettings.defaults();

    private static IaasResult size(AssessmentSettings s, TestPrices prices, Vm vm, PerfSummary perf) {
        return new IaasSizer(CATALOG, prices, s).size(vm, perf);
    }

    private static VmSizeSpec spec(IaasResult r) {
        return CATALOG.vmSize(r.size().orElseThrow().name()).orElseThrow();
    }

    @Test
    void missingCpuData_fallsBackToConfiguredVcpus_withoutComfortFactor_andSaysSo() {
        Vm vm = TestVms.vm("a", 4, 16).build();
        PerfSummary memOnly = new PerfSummary(vm.identity().key(), Optional.empty(),
                Optional.of(TestVms.counter(CounterKind.MEMORY_PERCENT, 50)), List.of(), List.of());
        IaasResult r = size(DEFAULTS, TestPrices.westEurope(), vm, memOnly);
        assertThat(r.needs().orElseThrow().cores()).isEqualTo(4);
        assertThat(r.needs().orElseThrow().coresSource()).isEqualTo(NeedSource.CONFIGURED_FALLBACK);
        assertThat(r.needs().orElseThrow().memorySource()).isEqualTo(NeedSource.MEASURED);
        assertThat(r.findings()).extracting(Finding::id).contains("perf.cpu-missing").doesNotContain("perf.memory-missing");
        assertThat(r.size().orElseThrow().vcpus()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void nothingFits_isNotReadyWithTheReasonCode_noSizeNoCost() {
        Vm vm = TestVms.vm("huge", 2000, 64).build();
        IaasResult r = size(DEFAULTS, TestPrices.westEurope(), vm, TestVms.cpuMem(vm, 100, 10));
        assertThat(r.readiness()).isEqualTo(Readiness.NOT_READY);
        assertThat(r.size()).isEmpty();
        assertThat(r.monthlyCost()).isEmpty();
        assertThat(r.findings()).extracting(Finding::id, Finding::code)
                .contains(org.assertj.core.groups.Tuple.tuple("azure.compute.no-size-for-cpu", "NoSuitableVmSizeFound"));
    }

    @Test
    void networkNeedNoSizeMeets_isNoVmSizeSupportsNetworkPerformance() {
        Vm vm = TestVms.vm("net", 4, 16).build();
        IaasResult r = size(DEFAULTS, TestPrices.westEurope(), vm,
                TestVms.perf(vm, 10, 10, List.of(), List.of(TestVms.nicPerf("Network adapter 1", 1, 1_000_000))));
        assertThat(r.findings()).extracting(Finding::code).contains("NoVmSizeSupportsNetworkPerformance");
        assertThat(r.readiness()).isEqualTo(Readiness.NOT_READY);
    }

    @Test
    void uefiGetsGeneration2_biosGetsGeneration1() {
        Vm uefi = TestVms.vm("u", 2, 8).firmware(Firmware.EFI).build();
        assertThat(spec(size(DEFAULTS, TestPrices.westEurope(), uefi, TestVms.cpuMem(uefi, 50, 50))).supports(HyperVGeneration.V2)).isTrue();
        Vm bios = TestVms.vm("b", 2, 8).build();
        assertThat(spec(size(DEFAULTS, TestPrices.westEurope(), bios, TestVms.cpuMem(bios, 50, 50))).supports(HyperVGeneration.V1)).isTrue();
    }

    @Test
    void vmLevelIopsBindsTheSize_andTheCheaperSizeIsNamedWithItsShortfall() {
        Vm vm = TestVms.vm("sql", 2, 8).disk(TestVms.disk("Hard disk 2", 500)).disk(TestVms.disk("Hard disk 3", 500)).build();
        PerfSummary perf = TestVms.perf(vm, 20, 40, List.of(TestVms.diskPerf("Hard disk 2", 1900, 1900, 20, 20),
                TestVms.diskPerf("Hard disk 3", 1900, 1900, 20, 20)), List.of());
        IaasResult r = size(DEFAULTS, TestPrices.westEurope(), vm, perf);
        assertThat(r.disks()).extracting(d -> d.tier()).containsExactly("E10", "P30", "P30");
        assertThat(r.needs().orElseThrow().totalIops()).isCloseTo(3800 * 1.3 * 2, within(1e-6));
        assertThat(r.size().orElseThrow().name().value()).isEqualTo("Standard_D8s_v5");
        assertThat(r.binding().orElseThrow().primary()).isEqualTo(Constraint.DISK_IOPS);
        assertThat(r.binding().orElseThrow().rejected().orElseThrow().value()).isEqualTo("Standard_E4s_v5");
        assertThat(r.binding().orElseThrow().explanation()).contains("uncached IOPS < 9880 needed");
        assertThat(r.monthlyCost().orElseThrow().amount()).isEqualByComparingTo("911.40"); // 0.828 × 730 = 604.44, + E10 9.60 + 2 × P30 148.68
    }

    @Test
    void unpricedFittingSizesAreFlagged_andNoPriceAtAllKeepsTheSmallestFitWithoutCost() {
        Vm vm = TestVms.vm("a", 4, 8).build();
        IaasResult priced = size(DEFAULTS, TestPrices.westEurope(), vm, TestVms.cpuMem(vm, 50, 50));
        assertThat(priced.findings()).extracting(Finding::id).contains("price.vm-candidates-unpriced");
        assertThat(priced.size().orElseThrow().computeMonthly()).isPresent();

        IaasResult unpriced = size(DEFAULTS, TestPrices.empty(), vm, TestVms.cpuMem(vm, 50, 50));
        assertThat(unpriced.findings()).extracting(Finding::id).contains("price.vm-missing", "price.disk-missing");
        assertThat(unpriced.size().orElseThrow().vcpus()).isEqualTo(4);
        assertThat(unpriced.monthlyCost()).isEmpty();
    }

    @Test
    void asOnPremises_usesConfiguredSizeAndProvisionedDisksOfTheChosenType_withoutConfidence() {
        AssessmentSettings asIs = DEFAULTS.toBuilder().criterion(SizingCriterion.AS_ON_PREMISES).build();
        Vm vm = TestVms.vm("a", 4, 16).disk(TestVms.disk("Hard disk 2", 300)).build();
        IaasResult r = size(asIs, TestPrices.westEurope(), vm, TestVms.cpuMem(vm, 5, 5));
        assertThat(r.needs().orElseThrow().cores()).isEqualTo(4);
        assertThat(r.needs().orElseThrow().memory()).isEqualTo(DataSize.ofGibibytes(16));
        assertThat(r.disks()).extracting(d -> d.type()).containsOnly(DiskType.PREMIUM_SSD);
        assertThat(r.disks()).extracting(d -> d.tier()).containsExactly("P10", "P20");
        assertThat(r.confidence()).isEmpty();
        assertThat(r.size().orElseThrow().vcpus()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void seriesAllowListWithNoSize_isNoVmSizeInSelectedFamilyFound() {
        AssessmentSettings s = DEFAULTS.toBuilder().seriesAllowList(Set.of(VmSeries.of("NoSuchSeries"))).build();
        Vm vm = TestVms.vm("a", 2, 8).build();
        assertThat(size(s, TestPrices.westEurope(), vm, TestVms.cpuMem(vm, 50, 50)).findings())
                .extracting(Finding::code).contains("NoVmSizeInSelectedFamilyFound");
    }

    @Test
    void seriesAllowListIsObeyed() {
        AssessmentSettings s = DEFAULTS.toBuilder().seriesAllowList(Set.of(VmSeries.of("Esv5"))).build();
        Vm vm = TestVms.vm("a", 4, 8).build();
        IaasResult r = size(s, TestPrices.westEurope(), vm, TestVms.cpuMem(vm, 50, 50));
        assertThat(r.size().orElseThrow().series()).isEqualTo(VmSeries.of("Esv5"));
    }

    @Test
    void unknownRegionAvailability_isAllowedAndFlagged_orExcludedBySetting() {
        AssessmentSettings nowhere = DEFAULTS.toBuilder().region(Region.of("nowhere")).build();
        // UEFI (Generation 2): the sizes of unknown availability left in the catalog are Generation-2 only (DCes_v5 ...)
        Vm vm = TestVms.vm("a", 2, 8).firmware(Firmware.EFI).build();
        IaasResult flagged = size(nowhere, TestPrices.empty(), vm, TestVms.cpuMem(vm, 50, 50));
        assertThat(flagged.findings()).extracting(Finding::id).contains("region.availability-unknown");
        assertThat(CATALOG.vmSize(flagged.size().orElseThrow().name()).orElseThrow().regions()).isEmpty();
        assertThat(flagged.readiness()).isEqualTo(Readiness.READY_WITH_CONDITIONS);

        AssessmentSettings strict = nowhere.toBuilder().unknownRegionRule(UnknownRegionRule.EXCLUDE).build();
        assertThat(size(strict, TestPrices.empty(), vm, TestVms.cpuMem(vm, 50, 50)).findings())
                .extracting(Finding::code).contains("NoVmSizeForSelectedAzureLocation");
    }

    @Test
    void blockerFromConfiguration_stopsSizing() {
        Vm vm = TestVms.vm("old", 2, 4).firmware(Firmware.EFI)
                .guestOs(new GuestOs("Microsoft Windows Server 2008 R2 (64-bit)", null)).build();
        IaasResult r = size(DEFAULTS, TestPrices.westEurope(), vm, TestVms.cpuMem(vm, 50, 50));
        assertThat(r.readiness()).isEqualTo(Readiness.NOT_READY);
        assertThat(r.size()).isEmpty();
        assertThat(r.needs()).isEmpty();
    }

    @Test
    void aSummaryOfAnotherVmIsRefused() {
        Vm a = TestVms.vm("a", 2, 8).build();
        Vm b = TestVms.vm("b", 2, 8).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> size(DEFAULTS, TestPrices.westEurope(), a, TestVms.cpuMem(b, 50, 50)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vc1/vm-b");
    }

    @Test
    void coarseRollupIsNoted_andConfidenceComesFromPointCounts() {
        Vm vm = TestVms.vm("a", 2, 8).build();
        IaasResult r = size(DEFAULTS, TestPrices.westEurope(), vm, TestVms.cpuMem(vm, 50, 50));
        assertThat(r.findings()).extracting(Finding::id).contains("perf.rollup-interval");
        assertThat(r.confidence().orElseThrow().value()).isEqualTo(5);
    }
}
