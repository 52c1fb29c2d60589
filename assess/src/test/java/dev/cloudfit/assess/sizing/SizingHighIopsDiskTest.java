package dev.cloudfit.assess.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.catalog.DiskType;
import dev.cloudfit.assess.catalog.VmSizeSpec;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.pricing.source.PriceSourceResolver;
import dev.cloudfit.assess.pricing.source.PriceSourceSettings;
import dev.cloudfit.assess.pricing.sizing.PriceBookPriceSource;
import dev.cloudfit.assess.sizing.avs.AvsDemandCalculator;
import dev.cloudfit.assess.sizing.disk.DiskChoice;
import dev.cloudfit.assess.sizing.fit.FitDecider;
import dev.cloudfit.assess.sizing.fit.FitDecision;
import dev.cloudfit.assess.sizing.fit.FitRules;
import dev.cloudfit.assess.sizing.fit.FitTarget;
import dev.cloudfit.assess.sizing.iaas.IaasResult;
import dev.cloudfit.assess.sizing.iaas.IaasSizer;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.price.PriceSource;
import dev.cloudfit.assess.sizing.readiness.Finding;
import dev.cloudfit.assess.sizing.readiness.Readiness;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 point 5: a data disk doing 39,000 IOPS. Premium SSD's largest tier, P80, gives 20,000 IOPS and
 * Standard tiers at most 6,000 (reference §3.3 tables), so no fixed tier carries it.
 *
 * <p>Prices: the embedded snapshot, built from {@code fixtures/azure/retail-prices/radar-snapshots/storage-eu-west.json}
 * (westeurope, USD). Its rows "Premium LRS Provisioned Capacity" 0.00013 $/GiB-h, "Premium LRS Provisioned IOPS"
 * 0.000008 $/IOPS-h, "Premium LRS Provisioned Throughput (MBps)" 0.000065 $/MBps-h (product "Azure Premium SSD
 * v2"), and "Ultra LRS Provisioned Capacity" 0.000213, "Ultra LRS Provisioned IOPS" 0.000088, "Ultra LRS
 * Provisioned Throughput (MBps)" 0.000572 (product "Ultra Disks"); the fixtures README repeats them.
 */
class SizingHighIopsDiskTest {

    private static final AzureCatalog CATALOG = AzureCatalog.bundled();
    private static final PriceSource PRICES = new PriceBookPriceSource(new PriceSourceResolver(
            PriceSourceSettings.defaults(), Clock.systemUTC()).resolve(
                    List.of(dev.cloudfit.assess.pricing.Region.of("westeurope")), Currency.getInstance("USD"),
                    new BigDecimal("730")).book(), CATALOG);

    /** Comfort factor 1 so the disk need is exactly the measured 30,000 + 9,000 IOPS and 200 + 100 MB/s. */
    private static AssessmentSettings settings(Set<DiskType> types) {
        return AssessmentSettings.defaults().toBuilder().comfortFactor(1.0).diskTypes(types).build();
    }

    private static final Vm DB = TestVms.vm("db01", 16, 128)
            .disk(TestVms.disk("Hard disk 2", 1024))
            .build();
    private static final PerfSummary PERF = TestVms.perf(DB, 40, 50,
            List.of(TestVms.diskPerf("Hard disk 1", 50, 50, 1, 1), TestVms.diskPerf("Hard disk 2", 30_000, 9_000, 200, 100)),
            List.of());

    private static FitDecision decide(AssessmentSettings s) {
        IaasResult r = new IaasSizer(CATALOG, PRICES, s).size(DB, PERF);
        return new FitDecider(FitRules.builtIn(), new AvsDemandCalculator(s)).decide(DB, PERF, r);
    }

    @Test
    void withTheDefaultDiskTypes_theVmIsNotReady_andNotSentToAvs() {
        FitDecision d = decide(AssessmentSettings.defaults().toBuilder().comfortFactor(1.0).build());
        assertThat(d.iaas().readiness()).isEqualTo(Readiness.NOT_READY);
        assertThat(d.iaas().size()).isEmpty();
        assertThat(d.iaas().monthlyCost()).isEmpty();
        assertThat(d.iaas().findings()).extracting(Finding::code)
                .contains("NoSuitableDiskSizeForIops", "OneOrMoreDisksNotSuitable");
        assertThat(d.iaas().findings()).filteredOn(f -> f.code().equals("NoSuitableDiskSizeForIops"))
                .singleElement().satisfies(f -> {
                    assertThat(f.subject()).isEqualTo("Hard disk 2");
                    assertThat(f.message()).contains("39000 IOPS");
                    assertThat(f.remedy()).contains("--disk-types");
                });
        assertThat(d.target()).isEqualTo(FitTarget.NOT_READY);
        assertThat(d.reason()).contains("NoSuitableDiskSizeForIops").contains("AVS is not a remedy");
    }

    @Test
    void withPremiumV2Allowed_theDiskGetsV2_pricedFromItsThreeMeters() {
        FitDecision d = decide(settings(EnumSet.of(DiskType.STANDARD_HDD, DiskType.STANDARD_SSD, DiskType.PREMIUM_SSD,
                DiskType.PREMIUM_SSD_V2, DiskType.ULTRA)));
        DiskChoice data = d.iaas().disks().get(1);
        assertThat(data.type()).isEqualTo(DiskType.PREMIUM_SSD_V2);
        assertThat(data.iops()).isEqualTo(39_000);
        assertThat(data.throughput().toMegabytesPerSecond()).isEqualTo(300);
        assertThat(data.size().toGibibytes()).isEqualTo(1024);
        // v2: 730 h × (1,024 GiB × 0.00013 + (39,000 − 3,000 free) IOPS × 0.000008 + (300 − 125 free) MB/s × 0.000065)
        //   = 730 × (0.13312 + 0.288 + 0.011375) = 730 × 0.432495 = 315.72135
        // Ultra would be 730 × (1,024 × 0.000213 + 39,000 × 0.000088 + 300 × 0.000572) = 730 × 3.821712 = 2,789.84976
        assertThat(data.monthly().orElseThrow().amount()).isEqualByComparingTo("315.72135");
        assertThat(d.iaas().readiness()).isNotEqualTo(Readiness.NOT_READY);
        assertThat(d.target()).isEqualTo(FitTarget.IAAS);
        // the VM must carry the disk too: its uncached IOPS are at least the 39,000 + 100 the disks need
        VmSizeSpec vm = CATALOG.vmSize(d.iaas().size().orElseThrow().name()).orElseThrow();
        assertThat(vm.uncachedDiskIops().orElseThrow()).isGreaterThanOrEqualTo(39_100);
    }

    @Test
    void withUltraOnly_theDiskGetsUltra_atTheUltraMeters() {
        FitDecision d = decide(settings(EnumSet.of(DiskType.ULTRA)));
        DiskChoice data = d.iaas().disks().get(1);
        assertThat(data.type()).isEqualTo(DiskType.ULTRA);
        assertThat(data.monthly().orElseThrow().amount()).isEqualByComparingTo("2789.84976");
        // the OS disk cannot be Ultra: it falls back to Premium SSD (P10 holds 128 GiB at 500 IOPS / 100 MB/s)
        assertThat(d.iaas().disks().get(0).tier()).isEqualTo("P10");
    }

    @Test
    void anOsDiskNoTierCarries_isNotReady_evenWithV2AndUltraAllowed() {
        Vm vm = TestVms.vm("os-heavy", 8, 32).build();
        PerfSummary perf = TestVms.perf(vm, 40, 50, List.of(TestVms.diskPerf("Hard disk 1", 30_000, 9_000, 200, 100)),
                List.of());
        AssessmentSettings s = settings(EnumSet.allOf(DiskType.class));
        IaasResult r = new IaasSizer(CATALOG, PRICES, s).size(vm, perf);
        FitDecision d = new FitDecider(FitRules.builtIn(), new AvsDemandCalculator(s)).decide(vm, perf, r);
        assertThat(r.readiness()).isEqualTo(Readiness.NOT_READY);
        assertThat(r.findings()).filteredOn(f -> f.code().equals("NoSuitableDiskSizeForIops")).singleElement()
                .satisfies(f -> assertThat(f.remedy()).contains("OS disk cannot be Premium SSD v2 or Ultra"));
        assertThat(d.target()).isEqualTo(FitTarget.NOT_READY);
    }
}
