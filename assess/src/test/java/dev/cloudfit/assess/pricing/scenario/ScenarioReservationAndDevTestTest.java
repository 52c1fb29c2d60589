package dev.cloudfit.assess.pricing.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.pricing.ArmSkuName;
import dev.cloudfit.assess.pricing.MeterClassifier;
import dev.cloudfit.assess.pricing.MeterUnit;
import dev.cloudfit.assess.pricing.PriceBook;
import dev.cloudfit.assess.pricing.PriceBookBuilder;
import dev.cloudfit.assess.pricing.PriceRow;
import dev.cloudfit.assess.pricing.PriceType;
import dev.cloudfit.assess.pricing.PricingOs;
import dev.cloudfit.assess.pricing.PricingPlan;
import dev.cloudfit.assess.pricing.PricingUnits;
import dev.cloudfit.assess.pricing.PrimaryMeterRegion;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.ReservationTerm;
import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reservations and Dev/Test, which the embedded snapshot lacks, over rows recorded from the API: northeurope
 * E96 v5 (Linux) pay-as-you-go 6.768 $/h, 1-year reservation 34,980 $, 3-year 67,588 $ (raw page, 2022-04-19);
 * eastus2 D16s v5 Windows 1.504 $/h, its Dev/Test row 0.768, Linux 0.768 (2022-06-06, see
 * shared/reference/azure-pricing-data.md §1.4).
 */
class ScenarioReservationAndDevTestTest {

    private static final Region NE = Region.of("northeurope");
    private static final Region EUS2 = Region.of("eastus2");
    private static final ArmSkuName E96 = ArmSkuName.of("Standard_E96_v5");
    private static final ArmSkuName D16 = ArmSkuName.of("Standard_D16s_v5");

    private static PriceRow row(ArmSkuName sku, Region region, String product, PriceType type,
            ReservationTerm term, String price) {
        String name = sku.value().substring("Standard_".length()).replace('_', ' ');
        return new PriceRow("m-" + sku + product, name, "sku-" + sku + product + type + term, name, product,
                "Virtual Machines", "Compute", Optional.of(sku), region, "", type, Optional.ofNullable(term),
                Money.of(price, "USD"), Money.of(price, "USD"),
                PricingUnits.builtIn().lookup(MeterUnit.of("1 Hour")).orElseThrow(), BigDecimal.ZERO,
                PrimaryMeterRegion.PRIMARY, Optional.empty(), Optional.empty(), List.of(),
                MeterClassifier.classify("Virtual Machines", product, name, name),
                Optional.of(PricingOs.fromProductName(product)));
    }

    private static PriceBook book() {
        PriceBookBuilder b = PriceBook.builder(Currency.getInstance("USD"), Instant.parse("2026-11-01T00:00:00Z"),
                new BigDecimal("730"));
        b.accept(row(E96, NE, "Virtual Machines Ev5 Series", PriceType.CONSUMPTION, null, "6.768"));
        b.accept(row(E96, NE, "Virtual Machines Ev5 Series", PriceType.RESERVATION, ReservationTerm.ONE_YEAR, "34980"));
        b.accept(row(E96, NE, "Virtual Machines Ev5 Series", PriceType.RESERVATION, ReservationTerm.THREE_YEARS,
                "67588"));
        b.accept(row(D16, EUS2, "Virtual Machines Dsv5 Series Windows", PriceType.CONSUMPTION, null, "1.504"));
        b.accept(row(D16, EUS2, "Virtual Machines Dsv5 Series Windows", PriceType.DEV_TEST_CONSUMPTION, null,
                "0.768"));
        b.accept(row(D16, EUS2, "Virtual Machines Dsv5 Series", PriceType.CONSUMPTION, null, "0.768"));
        return b.build();
    }

    private static ScenarioCost price(Scenario s, PricedItem item) {
        return new CostCalculator(book(), ScenarioSettings.defaults()).price(List.of(item), s);
    }

    @Test
    void aReservationIsItsTermTotalSpreadOverTheTermsHours() {
        VmItem e96 = VmItem.allMonth("db", E96, VmLicence.LINUX, NE);
        ScenarioCost ri1 = price(Scenario.of(PricingPlan.RI1Y, false), e96);
        // 34,980 / 8,760 h = 3.99315… $/h × 730 h = 2,915.00 a month (= 34,980 / 12), 34,980.00 a year
        assertThat(ri1.lines().get(0).monthly().rounded()).isEqualTo(Money.of("2915.00", "USD"));
        assertThat(ri1.lines().get(0).annual().rounded()).isEqualTo(Money.of("34980.00", "USD"));
        assertThat(ri1.lines().get(0).basis()).contains("(reservation total / 8,760 h) × 730 h");
        ScenarioCost ri3 = price(Scenario.of(PricingPlan.RI3Y, false), e96);
        // 67,588 / 26,280 h × 730 h = 67,588 / 36 = 1,877.444…; a year 22,529.33
        assertThat(ri3.lines().get(0).monthly().rounded()).isEqualTo(Money.of("1877.44", "USD"));
        assertThat(ri3.lines().get(0).annual().rounded()).isEqualTo(Money.of("22529.33", "USD"));
        // pay-as-you-go for comparison: 6.768 × 730 = 4,940.64
        assertThat(price(Scenario.of(PricingPlan.PAYG, false), e96).monthlyTotal().rounded())
                .isEqualTo(Money.of("4940.64", "USD"));
    }

    @Test
    void aWindowsReservationWithoutWindowsOrLinuxPayAsYouGoRowsIsMissing() {
        ScenarioCost c = price(Scenario.of(PricingPlan.RI1Y, false), VmItem.allMonth("w", E96, VmLicence.WINDOWS, NE));
        assertThat(c.lines()).isEmpty();
        assertThat(c.missing()).singleElement().extracting(MissingPrice::reason).asString()
                .contains("nor a Linux reservation plus Windows pay-as-you-go licence");
        // with Hybrid Benefit the Linux reservation is the price
        assertThat(price(Scenario.of(PricingPlan.RI1Y, true), VmItem.allMonth("w", E96, VmLicence.WINDOWS, NE))
                .monthlyTotal().rounded()).isEqualTo(Money.of("2915.00", "USD"));
    }

    @Test
    void devTestUsesTheDevTestRowForWindowsAndPayAsYouGoForLicenceFreeMeters() {
        ScenarioCost win = price(Scenario.of(PricingPlan.DEV_TEST, false), VmItem.allMonth("w", D16,
                VmLicence.WINDOWS, EUS2));
        // 0.768 × 730 = 560.64, against 1.504 × 730 = 1,097.92 pay-as-you-go
        assertThat(win.monthlyTotal().rounded()).isEqualTo(Money.of("560.64", "USD"));
        assertThat(price(Scenario.of(PricingPlan.PAYG, false), VmItem.allMonth("w", D16, VmLicence.WINDOWS, EUS2))
                .monthlyTotal().rounded()).isEqualTo(Money.of("1097.92", "USD"));
        ScenarioCost linux = price(Scenario.of(PricingPlan.DEV_TEST, false), VmItem.allMonth("l", D16,
                VmLicence.LINUX, EUS2));
        assertThat(linux.monthlyTotal().rounded()).isEqualTo(Money.of("560.64", "USD"));
        assertThat(linux.lines().get(0).basis()).contains("LINUX PAYG (no Dev/Test row for licence-free meters)");
        ScenarioCost noRow = price(Scenario.of(PricingPlan.DEV_TEST, false), VmItem.allMonth("x", E96,
                VmLicence.WINDOWS, NE));
        assertThat(noRow.missing()).singleElement().extracting(MissingPrice::reason).asString()
                .contains("no Dev/Test row");
    }
}
