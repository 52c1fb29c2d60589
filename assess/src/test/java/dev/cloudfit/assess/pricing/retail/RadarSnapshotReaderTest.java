package dev.cloudfit.assess.pricing.retail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.pricing.ArmSkuName;
import dev.cloudfit.assess.pricing.DiskRedundancy;
import dev.cloudfit.assess.pricing.DiskTier;
import dev.cloudfit.assess.pricing.MeterKind;
import dev.cloudfit.assess.pricing.PriceBook;
import dev.cloudfit.assess.pricing.PriceBookBuilder;
import dev.cloudfit.assess.pricing.PricingOs;
import dev.cloudfit.assess.pricing.PricingPlan;
import dev.cloudfit.assess.pricing.ProvisionedDiskRates;
import dev.cloudfit.assess.pricing.ProvisionedDiskType;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.SharedFixtures;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RadarSnapshotReaderTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Region WE = Region.of("westeurope");
    private static final BigDecimal HOURS = new BigDecimal("730");
    private static PriceBook book;

    @BeforeAll
    static void load() {
        PriceBookBuilder b = PriceBook.builder(USD, Instant.parse("2026-08-22T00:00:00Z"), HOURS);
        for (String[] f : new String[][] {{"vm-eu-west.json", "Virtual Machines"}, {"vm-northeurope.json", "Virtual Machines"},
                {"storage-eu-west.json", "Storage"}, {"storage-northeurope.json", "Storage"}}) {
            RadarSnapshotReader.read(SharedFixtures.retailPrices("radar-snapshots/" + f[0]), f[1], USD, b);
        }
        book = b.build();
    }

    @Test
    void everyRowIsReadAndNoneRejected() {
        assertThat(book.rejectedRows()).isZero();
        // with promotions, Cloud Services and Dedicated Hosts apart, every size has one row per OS and region
        assertThat(book.duplicateRows()).isZero();
        long total = 0;
        for (MeterKind k : MeterKind.values()) {
            total += book.rowCount(k);
        }
        assertThat(total).isEqualTo(8_667 + 8_106 + 1_426 + 1_426);
    }

    @Test
    void d4sV5InWestEurope() {
        ArmSkuName d4 = ArmSkuName.of("Standard_D4s_v5");
        assertThat(book.vmHourly(d4, WE, PricingOs.LINUX, PricingPlan.PAYG)).contains(Money.of("0.23", "USD"));
        assertThat(book.vmHourly(d4, WE, PricingOs.LINUX, PricingPlan.SP1Y)).contains(Money.of("0.1748", "USD"));
        assertThat(book.vmHourly(d4, WE, PricingOs.WINDOWS, PricingPlan.PAYG)).contains(Money.of("0.414", "USD"));
        // Windows under a 1-year savings plan: 0.1748 + (0.414 - 0.23) = 0.3588
        assertThat(book.vmHourly(d4, WE, PricingOs.WINDOWS, PricingPlan.SP1Y)).contains(Money.of("0.3588", "USD"));
        // the snapshot has no 3-year plans and no reservations
        assertThat(book.vmHourly(d4, WE, PricingOs.LINUX, PricingPlan.SP3Y)).isEmpty();
        assertThat(book.vmHourly(d4, WE, PricingOs.LINUX, PricingPlan.RI1Y)).isEmpty();
        assertThat(book.vmHourly(ArmSkuName.of("Standard_D2s_v5"), Region.of("northeurope"), PricingOs.LINUX,
                PricingPlan.PAYG)).contains(Money.of("0.107", "USD"));
        assertThat(book.vmHourly(ArmSkuName.of("Standard_B2s"), WE, PricingOs.WINDOWS, PricingPlan.PAYG))
                .contains(Money.of("0.056", "USD"));
    }

    @Test
    void promotionsAndAbbreviatedWindowsProductsNeverMixIn() {
        // H16 list price 3.411 (Windows) and 2.065 (Linux); the "H Promo Series" rows are 1.977 and 1.241
        assertThat(book.vmHourly(ArmSkuName.of("Standard_H16"), WE, PricingOs.WINDOWS, PricingPlan.PAYG))
                .contains(Money.of("3.411", "USD"));
        assertThat(book.vmHourly(ArmSkuName.of("Standard_H16"), WE, PricingOs.LINUX, PricingPlan.PAYG))
                .contains(Money.of("2.065", "USD"));
        // "NCCadsv5 Srs" 8.9 is Linux, "NCCadsv5 Srs Win" 10.74 is Windows
        ArmSkuName ncc = ArmSkuName.of("Standard_NCC40adsH100v5");
        assertThat(book.vmHourly(ncc, WE, PricingOs.LINUX, PricingPlan.PAYG)).contains(Money.of("8.9", "USD"));
        assertThat(book.vmHourly(ncc, WE, PricingOs.WINDOWS, PricingPlan.PAYG)).contains(Money.of("10.74", "USD"));
        // A-series Basic and Standard are different sizes
        assertThat(book.vmHourly(ArmSkuName.of("Standard_A1"), WE, PricingOs.LINUX, PricingPlan.PAYG))
                .contains(Money.of("0.06", "USD"));
        assertThat(book.vmHourly(ArmSkuName.of("Basic_A1"), WE, PricingOs.WINDOWS, PricingPlan.PAYG))
                .contains(Money.of("0.036", "USD"));
        assertThat(book.rowCount(MeterKind.VM_PROMO)).isPositive();
    }

    @Test
    void diskTiersInStorageEuWest() {
        assertThat(book.diskTierMonthly(DiskTier.of("P10"), DiskRedundancy.LRS, WE)).contains(Money.of("21.68", "USD"));
        assertThat(book.diskTierMonthly(DiskTier.of("P10"), DiskRedundancy.ZRS, WE)).contains(Money.of("32.519", "USD"));
        assertThat(book.diskTierMonthly(DiskTier.of("E10"), DiskRedundancy.LRS, WE)).contains(Money.of("9.6", "USD"));
        assertThat(book.diskTierMonthly(DiskTier.of("S10"), DiskRedundancy.LRS, WE)).contains(Money.of("5.888", "USD"));
        assertThat(book.diskTierMonthly(DiskTier.of("S10"), DiskRedundancy.ZRS, WE)).isEmpty();
        assertThat(book.rowCount(MeterKind.DISK_MOUNT)).isPositive();
    }

    @Test
    void premiumV2AndUltraUnitRates() {
        ProvisionedDiskRates v2 = book.provisionedDiskRates(ProvisionedDiskType.PREMIUM_SSD_V2, WE).orElseThrow();
        assertThat(v2.capacityPerGib().perHour(HOURS)).isEqualTo(Money.of("0.00013", "USD"));
        assertThat(v2.perIops().perHour(HOURS).amount()).isEqualByComparingTo("0.000008");
        assertThat(v2.perMbps().perHour(HOURS).amount()).isEqualByComparingTo("0.000065");
        // 100 GiB with the free 3000 IOPS / 125 MB/s: 100 * 0.00013 = 0.013 $/h, 9.49 $/month at 730 h
        assertThat(v2.capacityPerGib().perMonth(HOURS).times(100).rounded().amount()).isEqualByComparingTo("9.49");
        ProvisionedDiskRates ultra = book.provisionedDiskRates(ProvisionedDiskType.ULTRA, WE).orElseThrow();
        assertThat(ultra.capacityPerGib().perHour(HOURS).amount()).isEqualByComparingTo("0.000213");
        assertThat(ultra.perIops().perHour(HOURS).amount()).isEqualByComparingTo("0.000088");
        assertThat(ultra.perMbps().perHour(HOURS).amount()).isEqualByComparingTo("0.000572");
        assertThat(ultra.perVcpuReservation().orElseThrow().perHour(HOURS).amount()).isEqualByComparingTo("0.0078");
    }

    @Test
    void derivesArmSkuNames() {
        assertThat(RadarSnapshotReader.deriveArmSkuName("D4s v5", "Virtual Machines Dsv5 Series")).isEqualTo("Standard_D4s_v5");
        assertThat(RadarSnapshotReader.deriveArmSkuName("Standard_D4s_v5 Spot", "x")).isEqualTo("Standard_D4s_v5");
        assertThat(RadarSnapshotReader.deriveArmSkuName("standard_DC48s_v3", "x")).isEqualTo("Standard_DC48s_v3");
        assertThat(RadarSnapshotReader.deriveArmSkuName("E8-4ads v5 Low Priority", "x")).isEqualTo("Standard_E8-4ads_v5");
        assertThat(RadarSnapshotReader.deriveArmSkuName("A0 Low Priority", "Virtual Machines A Series Basic"))
                .isEqualTo("Basic_A0");
        assertThat(RadarSnapshotReader.deriveArmSkuName("A2", "Virtual Machines A Series Basic Windows"))
                .isEqualTo("Basic_A2");
        assertThat(RadarSnapshotReader.deriveArmSkuName("A2", "Virtual Machines A Series Windows")).isEqualTo("Standard_A2");
    }

    @Test
    void aMalformedSnapshotIsBadInputNamingTheFile(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("vm-broken.json");
        Files.writeString(bad, "{\"a|b|Consumption|\": {\"retailPrice\": \"cheap\"}}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RadarSnapshotReader.read(bad, "Virtual Machines", USD,
                        PriceBook.builder(USD, Instant.EPOCH, HOURS)))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("vm-broken.json: not a radar price snapshot");
    }
}
