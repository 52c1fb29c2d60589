package dev.cloudfit.assess.catalog;

import dev.cloudfit.assess.pricing.DiskRedundancy;

import dev.cloudfit.core.units.DataRate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.core.units.DataSize;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Disk tiers and provisioned-disk limits against the "Azure managed disk types" page and its size includes. */
class CatalogDiskTierTest {

    private final AzureCatalog catalog = AzureCatalog.bundled();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "P1,  PREMIUM_SSD,      4,   120,  25",
            "P10, PREMIUM_SSD,    128,   500, 100",
            "P15, PREMIUM_SSD,    256,  1100, 125",
            "P30, PREMIUM_SSD,   1024,  5000, 200",
            "P80, PREMIUM_SSD,  32767, 20000, 900",
            "E10, STANDARD_SSD,   128,   500, 100",
            "E60, STANDARD_SSD,  8192,  2000, 400",
            "E80, STANDARD_SSD, 32767,  6000, 750",
            "S4,  STANDARD_HDD,    32,   500,  60",
            "S10, STANDARD_HDD,   128,   500,  60",
            "S60, STANDARD_HDD,  8192,  1300, 300",
            "S80, STANDARD_HDD, 32767,  2000, 500",
    })
    void tierMatchesTheDocs(String name, DiskType type, int gib, int iops, int mbps) {
        DiskTierSpec t = catalog.diskTier(name).orElseThrow();
        assertThat(t.type()).isEqualTo(type);
        assertThat(t.size()).isEqualTo(DataSize.ofGibibytes(gib));
        assertThat(t.baseIops()).isEqualTo(iops);
        assertThat(t.baseThroughput()).isEqualTo(DataRate.ofMegabytesPerSecond(mbps));
    }

    @Test
    void everyTierFamilyIsComplete() {
        assertThat(catalog.diskTiers(DiskType.PREMIUM_SSD)).extracting(DiskTierSpec::name)
                .containsExactly("P1", "P2", "P3", "P4", "P6", "P10", "P15", "P20", "P30", "P40", "P50", "P60", "P70", "P80");
        assertThat(catalog.diskTiers(DiskType.STANDARD_SSD)).extracting(DiskTierSpec::name)
                .containsExactly("E1", "E2", "E3", "E4", "E6", "E10", "E15", "E20", "E30", "E40", "E50", "E60", "E70", "E80");
        assertThat(catalog.diskTiers(DiskType.STANDARD_HDD)).extracting(DiskTierSpec::name)
                .containsExactly("S4", "S6", "S10", "S15", "S20", "S30", "S40", "S50", "S60", "S70", "S80");
    }

    @Test
    void smallPremiumTiersBurstOnCreditsAndLargeOnesOnDemand() {
        DiskTierSpec p20 = catalog.diskTier("P20").orElseThrow();
        assertThat(p20.burstIops()).isEqualTo(OptionalInt.of(3500));
        assertThat(p20.burstThroughput()).contains(DataRate.ofMegabytesPerSecond(170));
        assertThat(p20.burstModel()).contains(BurstModel.CREDIT);
        DiskTierSpec p30 = catalog.diskTier("P30").orElseThrow();
        assertThat(p30.burstIops()).isEqualTo(OptionalInt.of(30000));
        assertThat(p30.burstModel()).contains(BurstModel.ON_DEMAND);
        assertThat(catalog.diskTier("E40").orElseThrow().burstIops()).isEmpty();
    }

    @Test
    void smallStandardSsdTiersFollowTheResourceSkus_500Iops100MBps_withCreditBurst() {
        // az vm list-skus --resource-type disks, westeurope 2026-08-01 (fixtures/azure/sku-availability/
        // djtools-westeurope-disks.json, all 10 regions agree): E1-E50 500 IOPS and 100 MB/s, burst 600 / 150;
        // the 2023-03-16 include said 60 MB/s, the 2019 one 120 IOPS / 25 MB/s for E1-E4
        for (String e : new String[] {"E1", "E2", "E3", "E4", "E6", "E10", "E15", "E20"}) {
            DiskTierSpec t = catalog.diskTier(e).orElseThrow();
            assertThat(t.baseIops()).as(e).isEqualTo(500);
            assertThat(t.baseThroughput()).as(e).isEqualTo(DataRate.ofMegabytesPerSecond(100));
            assertThat(t.burstIops()).as(e).isEqualTo(OptionalInt.of(600));
            assertThat(t.burstThroughput()).as(e).contains(DataRate.ofMegabytesPerSecond(150));
            assertThat(t.burstModel()).as(e).contains(BurstModel.CREDIT);
            assertThat(t.source().documentDate()).as(e).isEqualTo(java.time.LocalDate.of(2026, 8, 1));
        }
        // S50, E50 and P50 hold 4,096 GiB in the SKU data (some tables print 4,095 for S50)
        for (String t : new String[] {"S50", "E50", "P50"}) {
            assertThat(catalog.diskTier(t).orElseThrow().size()).as(t).isEqualTo(dev.cloudfit.core.units.DataSize.ofGibibytes(4096));
        }
        assertThat(catalog.diskTier("E30").orElseThrow().burstIops()).isEqualTo(OptionalInt.of(1000));
    }

    @Test
    void redundancyAndOsDiskUseFollowTheDocsAndPriceList() {
        assertThat(catalog.diskTier("P10").orElseThrow().redundancy()).containsExactlyInAnyOrder(DiskRedundancy.LRS, DiskRedundancy.ZRS);
        assertThat(catalog.diskTier("S10").orElseThrow().redundancy()).containsExactly(DiskRedundancy.LRS);
        assertThat(catalog.diskTier("E4").orElseThrow().osDisk()).isTrue();
        assertThat(catalog.provisionedDisk(DiskType.PREMIUM_SSD_V2).orElseThrow().osDisk()).isFalse();
        assertThat(catalog.provisionedDisk(DiskType.ULTRA).orElseThrow().osDisk()).isFalse();
    }

    @Test
    void aDiskIsBilledAsTheSmallestTierThatHoldsIt() {
        assertThat(catalog.smallestTierHolding(DiskType.PREMIUM_SSD, DataSize.ofGibibytes(100))).map(DiskTierSpec::name).contains("P10");
        assertThat(catalog.smallestTierHolding(DiskType.PREMIUM_SSD, DataSize.ofGibibytes(128))).map(DiskTierSpec::name).contains("P10");
        assertThat(catalog.smallestTierHolding(DiskType.PREMIUM_SSD, DataSize.ofGibibytes(129))).map(DiskTierSpec::name).contains("P15");
        assertThat(catalog.smallestTierHolding(DiskType.STANDARD_HDD, DataSize.ofGibibytes(10))).map(DiskTierSpec::name).contains("S4");
        assertThat(catalog.smallestTierHolding(DiskType.PREMIUM_SSD, DataSize.ofGibibytes(40000))).isEmpty();
    }

    @Test
    void premiumSsdV2FollowsTheDocumentedExamples() {
        ProvisionedDiskSpec v2 = catalog.provisionedDisk(DiskType.PREMIUM_SSD_V2).orElseThrow();
        // "an 8-GiB disk can have up to 4,000 IOPS, and a 10-GiB disk can have up to 5,000 IOPS"
        assertThat(v2.maxIopsFor(DataSize.ofGibibytes(8))).isEqualTo(4000);
        assertThat(v2.maxIopsFor(DataSize.ofGibibytes(10))).isEqualTo(5000);
        assertThat(v2.maxIopsFor(DataSize.ofGibibytes(1))).isEqualTo(3000);
        // "To set 80,000 IOPS on a disk, that disk must have at least 160 GiB"
        assertThat(v2.maxIopsFor(DataSize.ofGibibytes(159))).isLessThan(80000);
        assertThat(v2.maxIopsFor(DataSize.ofGibibytes(160))).isEqualTo(80000);
        // "If a disk has 3,000 IOPS, the max throughput it can set is 750 MB/s"; 2,000 MB/s from 8,000 IOPS
        assertThat(v2.maxThroughputFor(3000)).isEqualTo(DataRate.ofMegabytesPerSecond(750));
        assertThat(v2.maxThroughputFor(4000)).isEqualTo(DataRate.ofMegabytesPerSecond(1000));
        assertThat(v2.maxThroughputFor(20000)).isEqualTo(DataRate.ofMegabytesPerSecond(2000));
        assertThat(v2.baselineIops()).isEqualTo(3000);
        assertThat(v2.baselineThroughput()).isEqualTo(DataRate.ofMegabytesPerSecond(125));
        assertThat(v2.maxSize()).isEqualTo(DataSize.ofGibibytes(65536));
    }

    @Test
    void ultraFollowsTheDocumentedCapTable() {
        ProvisionedDiskSpec ultra = catalog.provisionedDisk(DiskType.ULTRA).orElseThrow();
        assertThat(ultra.maxIopsFor(DataSize.ofGibibytes(4))).isEqualTo(4000);
        assertThat(ultra.maxThroughputFor(4000)).isEqualTo(DataRate.ofMegabytesPerSecond(1000));
        assertThat(ultra.maxIopsFor(DataSize.ofGibibytes(512))).isEqualTo(400000);
        assertThat(ultra.maxThroughputFor(400000)).isEqualTo(DataRate.ofMegabytesPerSecond(10000));
        assertThat(ultra.minSize()).isEqualTo(DataSize.ofGibibytes(4));
        assertThat(ultra.baselineIops()).isZero();
    }
}
