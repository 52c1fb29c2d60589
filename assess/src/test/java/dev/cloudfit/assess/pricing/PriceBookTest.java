package dev.cloudfit.assess.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PriceBookTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant AS_OF = Instant.parse("2026-08-22T00:00:00Z");
    private static final Region WE = Region.of("westeurope");
    private static final ArmSkuName D4 = ArmSkuName.of("Standard_D4s_v5");
    private static int meters;

    private static PriceRow row(String product, String sku, String meter, String unit, PriceType type,
            ReservationTerm term, String price, Boolean primary, String start, List<SavingsPlanPrice> plans) {
        String service = product.contains("Disk") || product.contains("SSD") ? "Storage" : "Virtual Machines";
        MeterKind kind = MeterClassifier.classify(service, product, sku, meter);
        boolean vm = service.equals("Virtual Machines");
        return new PriceRow("meter-" + (meters++), meter, "sku/" + meters, sku, product, service, "",
                vm ? Optional.of(D4) : Optional.empty(), WE, "EU West", type, Optional.ofNullable(term),
                Money.of(price, "USD"), Money.of(price, "USD"),
                PricingUnits.builtIn().lookup(MeterUnit.of(unit)).orElseThrow(), BigDecimal.ZERO,
                PrimaryMeterRegion.of(primary), Optional.ofNullable(start).map(Instant::parse), Optional.empty(),
                plans, kind, vm ? Optional.of(PricingOs.fromProductName(product)) : Optional.empty());
    }

    private static PriceRow linux(String price) {
        return row("Virtual Machines Dsv5 Series", "D4s v5", "D4s v5", "1 Hour", PriceType.CONSUMPTION, null, price,
                true, "2024-01-01T00:00:00Z", List.of());
    }

    private static PriceBookBuilder builder() {
        return PriceBook.builder(USD, AS_OF, new BigDecimal("730"));
    }

    @Test
    void missingPricesAreEmptyNeverZero() {
        PriceBook book = builder().build();
        assertThat(book.vmHourly(D4, WE, PricingOs.LINUX, PricingPlan.PAYG)).isEmpty();
        assertThat(book.diskTierMonthly(DiskTier.of("P10"), DiskRedundancy.LRS, WE)).isEmpty();
        assertThat(book.provisionedDiskRates(ProvisionedDiskType.ULTRA, WE)).isEmpty();
    }

    @Test
    void spotAndLowPriorityNeverAnswerForRegularPrices() {
        PriceBookBuilder b = builder();
        b.accept(row("Virtual Machines Dsv5 Series", "D4s v5 Spot", "D4s v5 Spot", "1 Hour", PriceType.CONSUMPTION,
                null, "0.042504", true, null, List.of()));
        b.accept(row("Virtual Machines Dsv5 Series", "D4s v5 Low Priority", "D4s v5 Low Priority", "1 Hour",
                PriceType.CONSUMPTION, null, "0.046", true, null, List.of()));
        PriceBook book = b.build();
        assertThat(book.vmHourly(D4, WE, PricingOs.LINUX, PricingPlan.PAYG)).isEmpty();
        assertThat(book.rowCount(MeterKind.VM_SPOT)).isEqualTo(1);
        assertThat(book.rowCount(MeterKind.VM_LOW_PRIORITY)).isEqualTo(1);
    }

    @Test
    void duplicatesArePickedByPrimaryThenLatestStartAndCounted() {
        PriceBookBuilder b = builder();
        b.accept(row("Virtual Machines Dsv5 Series", "D4s v5", "D4s v5", "1 Hour", PriceType.CONSUMPTION, null,
                "0.30", false, "2026-06-01T00:00:00Z", List.of()));
        b.accept(row("Virtual Machines Dsv5 Series", "D4s v5", "D4s v5", "1 Hour", PriceType.CONSUMPTION, null,
                "0.25", true, "2025-01-01T00:00:00Z", List.of()));
        b.accept(row("Virtual Machines Dsv5 Series", "D4s v5", "D4s v5", "1 Hour", PriceType.CONSUMPTION, null,
                "0.23", true, "2026-08-01T00:00:00Z", List.of()));
        // scheduled for after the book's instant: loses to every price in effect
        b.accept(row("Virtual Machines Dsv5 Series", "D4s v5", "D4s v5", "1 Hour", PriceType.CONSUMPTION, null,
                "0.20", true, "2026-10-01T00:00:00Z", List.of()));
        PriceBook book = b.build();
        assertThat(book.vmHourly(D4, WE, PricingOs.LINUX, PricingPlan.PAYG)).contains(Money.of("0.23", "USD"));
        assertThat(book.duplicateRows()).isEqualTo(3);
    }

    @Test
    void reservationsSpreadTheTermTotalOver8760HoursAYear() {
        PriceBookBuilder b = builder();
        b.accept(linux("0.23"));
        b.accept(row("Virtual Machines Dsv5 Series", "D4s v5", "D4s v5", "1 Hour", PriceType.RESERVATION,
                ReservationTerm.ONE_YEAR, "1182", true, null, List.of()));
        b.accept(row("Virtual Machines Dsv5 Series", "D4s v5", "D4s v5", "1 Hour", PriceType.RESERVATION,
                ReservationTerm.THREE_YEARS, "2365", true, null, List.of()));
        PriceBook book = b.build();
        // 1182 / 8760 = 0.134931506...; 2365 / 26280 = 0.089992389...
        assertThat(book.vmHourly(D4, WE, PricingOs.LINUX, PricingPlan.RI1Y).orElseThrow().amount())
                .isEqualByComparingTo(new BigDecimal("0.1349315068493150684931506849315068"));
        assertThat(book.vmHourly(D4, WE, PricingOs.LINUX, PricingPlan.RI3Y).orElseThrow().amount())
                .isBetween(new BigDecimal("0.0899923896"), new BigDecimal("0.0899923897"));
        // monthly at 730 h: 1182 / 12 = 98.5
        assertThat(book.vmMonthly(D4, WE, PricingOs.LINUX, PricingPlan.RI1Y).orElseThrow().rounded().amount())
                .isEqualByComparingTo("98.50");
        assertThat(book.vmMonthly(D4, WE, PricingOs.LINUX, PricingPlan.PAYG).orElseThrow().amount())
                .isEqualByComparingTo("167.90");
    }

    @Test
    void windowsUnderReservationsAndSavingsPlansPaysTheLicenceOnTop() {
        PriceBookBuilder b = builder();
        b.accept(row("Virtual Machines Dsv5 Series", "D4s v5", "D4s v5", "1 Hour", PriceType.CONSUMPTION, null,
                "0.23", true, null, List.of(new SavingsPlanPrice(ReservationTerm.ONE_YEAR, Money.of("0.1748", "USD"),
                        Money.of("0.1748", "USD")))));
        b.accept(row("Virtual Machines Dsv5 Series Windows", "D4s v5", "D4s v5", "1 Hour", PriceType.CONSUMPTION,
                null, "0.414", true, null, List.of()));
        b.accept(row("Virtual Machines Dsv5 Series Windows", "D4s v5", "D4s v5", "1 Hour",
                PriceType.DEV_TEST_CONSUMPTION, null, "0.23", true, null, List.of()));
        b.accept(row("Virtual Machines Dsv5 Series", "D4s v5", "D4s v5", "1 Hour", PriceType.RESERVATION,
                ReservationTerm.ONE_YEAR, "876", true, null, List.of()));
        PriceBook book = b.build();
        // licence 0.414 - 0.23 = 0.184
        assertThat(book.vmHourly(D4, WE, PricingOs.WINDOWS, PricingPlan.SP1Y)).contains(Money.of("0.3588", "USD"));
        assertThat(book.vmHourly(D4, WE, PricingOs.LINUX, PricingPlan.SP1Y)).contains(Money.of("0.1748", "USD"));
        // 876 / 8760 = 0.1, plus 0.184
        assertThat(book.vmHourly(D4, WE, PricingOs.WINDOWS, PricingPlan.RI1Y).orElseThrow().amount())
                .isEqualByComparingTo("0.284");
        assertThat(book.vmHourly(D4, WE, PricingOs.WINDOWS, PricingPlan.RI3Y)).isEmpty();
        assertThat(book.vmHourly(D4, WE, PricingOs.WINDOWS, PricingPlan.SP3Y)).isEmpty();
        assertThat(book.vmHourly(D4, WE, PricingOs.WINDOWS, PricingPlan.DEV_TEST)).contains(Money.of("0.23", "USD"));
        assertThat(book.vmHourly(D4, WE, PricingOs.LINUX, PricingPlan.DEV_TEST)).isEmpty();
    }

    @Test
    void diskTierIgnoresMountMetersAndProvisionedRatesConvertPeriods() {
        PriceBookBuilder b = builder();
        b.accept(row("Premium SSD Managed Disks", "P10 LRS", "P10 LRS Disk Mount", "1/Month", PriceType.CONSUMPTION,
                null, "1.183", true, null, List.of()));
        b.accept(row("Premium SSD Managed Disks", "P10 LRS", "P10 LRS Disk", "1/Month", PriceType.CONSUMPTION,
                null, "21.68", true, null, List.of()));
        b.accept(row("Azure Premium SSD v2", "Premium LRS", "Premium LRS Provisioned Capacity", "1 GiB/Hour",
                PriceType.CONSUMPTION, null, "0.00013", true, null, List.of()));
        b.accept(row("Azure Premium SSD v2", "Premium LRS", "Premium LRS Provisioned IOPS", "1/Hour",
                PriceType.CONSUMPTION, null, "0.000008", true, null, List.of()));
        PriceBook partial = b.build();
        assertThat(partial.diskTierMonthly(DiskTier.of("P10"), DiskRedundancy.LRS, WE))
                .contains(Money.of("21.68", "USD"));
        assertThat(partial.diskTierMonthly(DiskTier.of("P10"), DiskRedundancy.ZRS, WE)).isEmpty();
        assertThat(partial.provisionedDiskRates(ProvisionedDiskType.PREMIUM_SSD_V2, WE)).isEmpty();
        b.accept(row("Azure Premium SSD v2", "Premium LRS", "Premium LRS Provisioned Throughput (MBps)", "1/Hour",
                PriceType.CONSUMPTION, null, "0.000065", true, null, List.of()));
        ProvisionedDiskRates v2 = b.build().provisionedDiskRates(ProvisionedDiskType.PREMIUM_SSD_V2, WE).orElseThrow();
        BigDecimal hours = new BigDecimal("730");
        assertThat(v2.capacityPerGib().perHour(hours)).isEqualTo(Money.of("0.00013", "USD"));
        // 0.00013 * 730 = 0.0949 per GiB-month
        assertThat(v2.capacityPerGib().perMonth(hours).amount()).isEqualByComparingTo("0.0949");
        assertThat(v2.perMbps().perHour(hours).amount()).isEqualByComparingTo("0.000065");
        assertThat(v2.perVcpuReservation()).isEmpty();
    }

    private static PriceRow avs(String sku, String meter, PriceType type, ReservationTerm term, String price) {
        return new PriceRow("avs-" + (meters++), meter, "avs/" + meters, sku, "Specialized Compute Azure VMware Solution",
                "Specialized Compute", "Compute", Optional.empty(), WE, "EU West", type, Optional.ofNullable(term),
                Money.of(price, "USD"), Money.of(price, "USD"),
                PricingUnits.builtIn().lookup(MeterUnit.of("1 Hour")).orElseThrow(), BigDecimal.ZERO,
                PrimaryMeterRegion.PRIMARY, Optional.empty(), Optional.empty(), List.of(),
                MeterClassifier.classify("Specialized Compute", "Specialized Compute Azure VMware Solution", sku, meter),
                Optional.empty());
    }

    @Test
    void avsNodesByPlanAndTrialsNeverPriced() {
        PriceBookBuilder b = builder();
        b.accept(avs("AV36P", "AV36P Node", PriceType.CONSUMPTION, null, "10.0"));
        b.accept(avs("AV36P", "AV36P Node", PriceType.RESERVATION, ReservationTerm.THREE_YEARS, "131400"));
        b.accept(avs("AV64 Trial", "AV64 Trial Node", PriceType.CONSUMPTION, null, "0"));
        PriceBook book = b.build();
        AvsNodeSku av36p = AvsNodeSku.of("AV36P");
        assertThat(book.avsNodeHourly(av36p, WE, PricingPlan.PAYG)).contains(Money.of("10.0", "USD"));
        // 131400 / 26280 = 5
        assertThat(book.avsNodeHourly(av36p, WE, PricingPlan.RI3Y).orElseThrow().amount()).isEqualByComparingTo("5");
        assertThat(book.avsNodeHourly(av36p, WE, PricingPlan.RI1Y)).isEmpty();
        assertThat(book.avsNodeHourly(av36p, WE, PricingPlan.SP1Y)).isEmpty();
        assertThat(book.avsNodeHourly(AvsNodeSku.of("AV64 Trial"), WE, PricingPlan.PAYG)).isEmpty();
        assertThat(book.rowCount(MeterKind.AVS_TRIAL)).isEqualTo(1);
    }

    @Test
    void otherCurrenciesAndGraduatedTiersAreRejected() {
        PriceBookBuilder b = builder();
        PriceRow usd = linux("0.23");
        b.accept(new PriceRow(usd.meterId(), usd.meterName(), usd.skuId(), usd.skuName(), usd.productName(),
                usd.serviceName(), usd.serviceFamily(), usd.armSkuName(), usd.region(), usd.location(), usd.priceType(),
                usd.reservationTerm(), Money.of("0.21", "EUR"), Money.of("0.21", "EUR"), usd.unit(),
                usd.tierMinimumUnits(), usd.primaryMeterRegion(), usd.effectiveStartDate(), usd.effectiveEndDate(),
                usd.savingsPlan(), usd.kind(), usd.os()));
        b.accept(new PriceRow(usd.meterId(), usd.meterName(), usd.skuId(), usd.skuName(), usd.productName(),
                usd.serviceName(), usd.serviceFamily(), usd.armSkuName(), usd.region(), usd.location(), usd.priceType(),
                usd.reservationTerm(), usd.retailPrice(), usd.unitPrice(), usd.unit(), new BigDecimal("100"),
                usd.primaryMeterRegion(), usd.effectiveStartDate(), usd.effectiveEndDate(), usd.savingsPlan(),
                usd.kind(), usd.os()));
        PriceBook book = b.build();
        assertThat(book.vmHourly(D4, WE, PricingOs.LINUX, PricingPlan.PAYG)).isEmpty();
        assertThat(book.rejectedRows()).isEqualTo(2);
        assertThat(book.rejectedSample().get(0).reason()).contains("EUR");
        assertThat(book.rejectedSample().get(1).reason()).isEqualTo("graduated tier from 100 units is not priced");
    }
}
