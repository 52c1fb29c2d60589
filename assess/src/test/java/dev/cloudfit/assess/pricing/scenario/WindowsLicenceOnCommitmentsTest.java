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
import dev.cloudfit.assess.pricing.SavingsPlanPrice;
import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A Windows VM under a reservation or savings plan pays the compute commitment for every hour of the month and the
 * Windows licence per running hour, as Azure bills it. Rows (fixtures, not our code), northeurope E96 v5:
 * <ul>
 * <li>raw page {@code retail-prices-unfiltered-skip100-2022-04-19.json}, meterId 001a6f90…: "Virtual Machines Ev5
 * Series" Consumption 6.768 $/h, Reservation 1 Year 34,980 $. The two raw pages hold 23 Reservation rows, every one
 * of a base (Linux) product: reservations are sold for compute only;</li>
 * <li>radar {@code vm-northeurope.json} key "DZH318Z08M9J/00N3|001a6f90-…|Consumption|": the same meter, 6.768,
 * savingsPlanPrice 4.5758448 (1 year); key "DZH318Z08M9H/000V|4069cbd8-…|Consumption|": "Virtual Machines Ev5
 * Series Windows" 11.184 $/h, no savingsPlanPrice (ordinary Windows rows carry none; reference
 * azure-pricing-data.md §1.3).</li>
 * </ul>
 * Windows licence = 11.184 − 6.768 = 4.416 $/h.
 */
class WindowsLicenceOnCommitmentsTest {

    private static final Region NE = Region.of("northeurope");
    private static final ArmSkuName E96 = ArmSkuName.of("Standard_E96_v5");

    private static PriceRow row(String product, PriceType type, ReservationTerm term, String price,
            List<SavingsPlanPrice> plans) {
        return new PriceRow("m-" + product, "E96 v5", "sku-" + product + type + term, "E96 v5", product,
                "Virtual Machines", "Compute", Optional.of(E96), NE, "", type, Optional.ofNullable(term),
                Money.of(price, "USD"), Money.of(price, "USD"),
                PricingUnits.builtIn().lookup(MeterUnit.of("1 Hour")).orElseThrow(), BigDecimal.ZERO,
                PrimaryMeterRegion.PRIMARY, Optional.empty(), Optional.empty(), plans,
                MeterClassifier.classify("Virtual Machines", product, "E96 v5", "E96 v5"),
                Optional.of(PricingOs.fromProductName(product)));
    }

    private static PriceBook book() {
        PriceBookBuilder b = PriceBook.builder(Currency.getInstance("USD"), Instant.parse("2026-11-01T00:00:00Z"),
                new BigDecimal("730"));
        b.accept(row("Virtual Machines Ev5 Series", PriceType.CONSUMPTION, null, "6.768", List.of(
                new SavingsPlanPrice(ReservationTerm.ONE_YEAR, Money.of("4.5758448", "USD"),
                        Money.of("4.5758448", "USD")))));
        b.accept(row("Virtual Machines Ev5 Series", PriceType.RESERVATION, ReservationTerm.ONE_YEAR, "34980",
                List.of()));
        b.accept(row("Virtual Machines Ev5 Series Windows", PriceType.CONSUMPTION, null, "11.184", List.of()));
        return b.build();
    }

    private static ScenarioCost price(Scenario s, String runningHours) {
        VmItem vm = new VmItem("w", E96, VmLicence.WINDOWS, NE, Optional.of(new BigDecimal(runningHours)), 96);
        return new CostCalculator(book(), ScenarioSettings.defaults()).price(List.of(vm), s);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @Test
    void aWindowsReservationAt200RunningHoursPaysTheLicenceFor200HoursOnly() {
        ScenarioCost ri = price(Scenario.of(PricingPlan.RI1Y, false), "200");
        // compute 34,980 / 8,760 × 730 = 2,915.00 (every hour); licence 4.416 × 200 = 883.20; total 3,798.20
        assertThat(ri.complete()).isTrue();
        assertThat(ri.lines()).extracting(l -> l.monthly().rounded()).containsExactly(usd("2915.00"), usd("883.20"));
        assertThat(ri.monthlyTotal().rounded()).isEqualTo(usd("3798.20"));
        assertThat(ri.lines().get(1).perRunningHour()).contains(usd("4.416"));
        assertThat(ri.lines().get(0).perRunningHour()).isEmpty();
        assertThat(ri.lines().get(1).basis()).contains("Windows licence 4.416 USD/h").contains("× 200 running h");
    }

    @Test
    void aWindowsSavingsPlanAt200RunningHoursPaysTheLicenceFor200HoursOnly() {
        ScenarioCost sp = price(Scenario.of(PricingPlan.SP1Y, false), "200");
        // compute 4.5758448 × 730 = 3,340.366704; licence 4.416 × 200 = 883.20; total 4,223.566704
        assertThat(sp.monthlyTotal().rounded()).isEqualTo(usd("4223.57"));
        // a whole month: 3,340.366704 + 4.416 × 730 (3,223.68) = 6,564.046704
        assertThat(price(Scenario.of(PricingPlan.SP1Y, false), "730").monthlyTotal().rounded())
                .isEqualTo(usd("6564.05"));
    }

    @Test
    void withHybridBenefitOnlyTheCommitmentIsBilled() {
        ScenarioCost ri = price(Scenario.of(PricingPlan.RI1Y, true), "200");
        assertThat(ri.lines()).hasSize(1);
        assertThat(ri.monthlyTotal().rounded()).isEqualTo(usd("2915.00"));
    }

    @Test
    void payAsYouGoStillBillsTheWholeWindowsRatePerRunningHour() {
        // 11.184 × 200 = 2,236.80
        assertThat(price(Scenario.of(PricingPlan.PAYG, false), "200").monthlyTotal().rounded())
                .isEqualTo(usd("2236.80"));
    }
}
