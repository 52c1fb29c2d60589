package dev.cloudfit.assess.sizing;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.catalog.DiskType;
import dev.cloudfit.assess.sizing.disk.DiskChoice;
import dev.cloudfit.assess.sizing.disk.DiskDriver;
import dev.cloudfit.assess.sizing.disk.DiskNeed;
import dev.cloudfit.assess.sizing.disk.DiskOutcome;
import dev.cloudfit.assess.sizing.disk.DiskSizer;
import dev.cloudfit.assess.sizing.readiness.Finding;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.core.units.DataSize;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class SizingDiskTest {

    private static final AzureCatalog CATALOG = AzureCatalog.bundled();
    private static final AssessmentSettings WITH_V2 = AssessmentSettings.defaults().toBuilder()
            .diskTypes(EnumSet.of(DiskType.STANDARD_HDD, DiskType.STANDARD_SSD, DiskType.PREMIUM_SSD, DiskType.PREMIUM_SSD_V2))
            .build();
    private static final AssessmentSettings ULTRA_ONLY = AssessmentSettings.defaults().toBuilder()
            .diskTypes(EnumSet.of(DiskType.ULTRA)).build();

    private static DiskNeed need(boolean os, double gib, double iops, double mbps) {
        return new DiskNeed(os ? "Hard disk 1" : "Hard disk 2", DataSize.ofGibibytes(gib), os, OptionalDouble.of(iops), OptionalDouble.of(mbps));
    }

    @Test
    void cheapestTierMeetingCapacityWins_whenPerformanceIsLow() {
        DiskChoice c = new DiskSizer(CATALOG, TestPrices.westEurope(), AssessmentSettings.defaults())
                .size(need(false, 100, 50, 5)).choice().orElseThrow();
        assertThat(c.tier()).isEqualTo("S10");
        assertThat(c.driver()).isEqualTo(DiskDriver.CAPACITY);
        assertThat(c.monthly().orElseThrow().amount()).isEqualByComparingTo("5.888");
    }

    @Test
    void throughputCanDriveTheTier() {
        // 64 GiB at 140 MB/s: S/E up to 4 TiB give 60 MB/s, P6 50, P10 100, P15 125, P20 150 → P20
        DiskChoice c = new DiskSizer(CATALOG, TestPrices.westEurope(), AssessmentSettings.defaults())
                .size(need(false, 64, 100, 140)).choice().orElseThrow();
        assertThat(c.tier()).isEqualTo("P20");
        assertThat(c.driver()).isEqualTo(DiskDriver.THROUGHPUT);
    }

    @Test
    void premiumV2_whenAllowed_takesTheFreeBaseline_andIsCheaperThanP15ForTheWorkedExample() {
        DiskChoice c = new DiskSizer(CATALOG, TestPrices.westEurope(), WITH_V2).size(need(false, 32, 800, 10)).choice().orElseThrow();
        assertThat(c.type()).isEqualTo(DiskType.PREMIUM_SSD_V2);
        assertThat(c.iops()).isEqualTo(3000);
        assertThat(c.throughput().toMegabytesPerSecond()).isEqualTo(125);
        assertThat(c.monthly().orElseThrow().amount()).isEqualByComparingTo("3.0368"); // 32 × 0.00013 × 730
    }

    @Test
    void premiumV2_raisesIopsForThroughput_andBillsAboveTheBaseline() {
        // 1,000 MB/s needs 4,000 IOPS at 0.25 MB/s per IOPS; billed: 32 GiB, 1,000 extra IOPS, 875 extra MB/s
        DiskChoice c = new DiskSizer(CATALOG, TestPrices.westEurope(),
                AssessmentSettings.defaults().toBuilder().diskTypes(EnumSet.of(DiskType.PREMIUM_SSD_V2)).build())
                .size(need(false, 32, 100, 1000)).choice().orElseThrow();
        assertThat(c.iops()).isEqualTo(4000);
        assertThat(c.throughput().toMegabytesPerSecond()).isEqualTo(1000);
        // 730 × (32 × 0.00013 + 1000 × 0.000008 + 875 × 0.000065) = 730 × 0.069035 = 50.39555
        assertThat(c.monthly().orElseThrow().amount()).isEqualByComparingTo("50.39555");
    }

    @Test
    void ultra_growsCapacityForIopsPerGib() {
        DiskChoice c = new DiskSizer(CATALOG, TestPrices.westEurope(), ULTRA_ONLY).size(need(false, 10, 100_000, 100)).choice().orElseThrow();
        assertThat(c.type()).isEqualTo(DiskType.ULTRA);
        assertThat(c.iops()).isEqualTo(100_000);
        assertThat(c.size()).isEqualTo(DataSize.ofGibibytes(100)); // 1,000 IOPS per GiB
    }

    @Test
    void osDiskNeverGoesToV2OrUltra() {
        DiskChoice c = new DiskSizer(CATALOG, TestPrices.westEurope(), ULTRA_ONLY).size(need(true, 100, 100, 10)).choice().orElseThrow();
        assertThat(c.type()).isEqualTo(DiskType.PREMIUM_SSD);
        assertThat(c.tier()).isEqualTo("P10");
    }

    @Test
    void noTierGivesTheIops_isNoSuitableDiskSizeForIops() {
        DiskOutcome out = new DiskSizer(CATALOG, TestPrices.westEurope(), AssessmentSettings.defaults()).size(need(false, 100, 50_000, 10));
        assertThat(out.choice()).isEmpty();
        assertThat(out.findings()).extracting(Finding::code).containsExactly("NoSuitableDiskSizeForIops");
    }

    @Test
    void noTierHoldsTheSize_isDiskSizeGreaterThanSupported() {
        DiskOutcome out = new DiskSizer(CATALOG, TestPrices.westEurope(), AssessmentSettings.defaults()).size(need(false, 40_000, 10, 1));
        assertThat(out.findings()).extracting(Finding::code).containsExactly("DiskSizeGreaterThanSupported");
    }

    @Test
    void unmeasuredDisk_usesTheNoDataTypeBySize_andSaysSo() {
        DiskOutcome out = new DiskSizer(CATALOG, TestPrices.westEurope(), AssessmentSettings.defaults())
                .size(new DiskNeed("Hard disk 2", DataSize.ofGibibytes(200), false, OptionalDouble.empty(), OptionalDouble.empty()));
        assertThat(out.choice().orElseThrow().tier()).isEqualTo("E15");
        assertThat(out.choice().orElseThrow().driver()).isEqualTo(DiskDriver.CAPACITY_NO_PERF_DATA);
        assertThat(out.findings()).extracting(Finding::id).containsExactly("disk.perf-missing");
    }
}
