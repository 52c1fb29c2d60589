package dev.cloudfit.assess.pricing.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.assess.pricing.ArmSkuName;
import dev.cloudfit.assess.pricing.DiskRedundancy;
import dev.cloudfit.assess.pricing.DiskTier;
import dev.cloudfit.assess.pricing.PriceBook;
import dev.cloudfit.assess.pricing.PricingPlan;
import dev.cloudfit.assess.pricing.ProvisionedDiskType;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.source.PriceSourceResolver;
import dev.cloudfit.assess.pricing.source.PriceSourceSettings;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed prices over the embedded snapshot (westeurope and northeurope, USD, 2026-07/08): D2s v5 Linux
 * 0.115 $/h, Windows 0.207, 1-year savings plan (Linux) 0.0874; northeurope Linux 0.107; P10 LRS 21.68 $/month
 * (northeurope 19.71); Premium SSD v2 0.00013 $/GiB-h, 0.000008 $/IOPS-h, 0.000065 $/MBps-h; Ultra 0.000213,
 * 0.000088, 0.000572.
 */
class ScenarioCostCalculatorTest {

    private static final Region WE = Region.of("westeurope");
    private static final Region NE = Region.of("northeurope");
    private static final ArmSkuName D2 = ArmSkuName.of("Standard_D2s_v5");
    private static PriceBook embedded;

    @BeforeAll
    static void load() {
        embedded = new PriceSourceResolver(PriceSourceSettings.defaults(), Clock.systemUTC())
                .resolve(List.of(WE, NE), Currency.getInstance("USD"), new BigDecimal("730")).book();
    }

    private static ScenarioCost price(ScenarioSettings settings, Scenario scenario, PricedItem... items) {
        return new CostCalculator(embedded, settings).price(List.of(items), scenario);
    }

    private static ScenarioCost price(Scenario scenario, PricedItem... items) {
        return price(ScenarioSettings.defaults(), scenario, items);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static VmItem vm(String id, VmLicence licence) {
        return VmItem.allMonth(id, D2, licence, WE);
    }

    private static DiskItem p10(String id) {
        return new DiskItem(id, new DiskSpec.Tier(DiskTier.of("P10"), DiskRedundancy.LRS), WE);
    }

    @Test
    void payAsYouGoIsTheHourlyPriceTimes730AndAYearIsTwelveMonths() {
        ScenarioCost c = price(Scenario.of(PricingPlan.PAYG, false), vm("linux", VmLicence.LINUX),
                vm("win", VmLicence.WINDOWS));
        // 0.115 × 730 = 83.95; 0.207 × 730 = 151.11
        assertThat(c.lines()).extracting(l -> l.monthly().rounded()).containsExactly(usd("83.95"), usd("151.11"));
        assertThat(c.lines()).extracting(l -> l.annual().rounded()).containsExactly(usd("1007.40"), usd("1813.32"));
        assertThat(c.monthlyTotal().rounded()).isEqualTo(usd("235.06"));
        assertThat(c.annualTotal().rounded()).isEqualTo(usd("2820.72"));
        assertThat(c.complete()).isTrue();
        assertThat(c.lines().get(1).basis()).isEqualTo("WINDOWS PAYG 0.207 USD/h × 730 h");
    }

    @Test
    void aSavingsPlanUsesItsHourlyRateAndWindowsAddsThePayAsYouGoLicenceUnlessHybridBenefit() {
        ScenarioCost sp = price(Scenario.of(PricingPlan.SP1Y, false), vm("linux", VmLicence.LINUX),
                vm("win", VmLicence.WINDOWS));
        // 0.0874 × 730 = 63.802; Windows: 0.0874 × 730 every hour + licence (0.207 − 0.115) × 730 running hours
        // = 63.802 + 67.16 = 130.962
        assertThat(sp.lines()).extracting(l -> l.monthly().rounded()).containsExactly(usd("63.80"), usd("63.80"),
                usd("67.16"));
        assertThat(sp.monthlyTotal().rounded()).isEqualTo(usd("194.76"));
        assertThat(sp.lines().get(0).annual().rounded()).isEqualTo(usd("765.62"));
        ScenarioCost ahb = price(Scenario.of(PricingPlan.SP1Y, true), vm("win", VmLicence.WINDOWS));
        assertThat(ahb.lines().get(0).monthly().rounded()).isEqualTo(usd("63.80"));
    }

    @Test
    void hybridBenefitPricesWindowsAtTheBaseRate() {
        ScenarioCost c = price(Scenario.of(PricingPlan.PAYG, true), vm("win", VmLicence.WINDOWS));
        assertThat(c.lines().get(0).monthly().rounded()).isEqualTo(usd("83.95"));
        assertThat(c.lines().get(0).basis()).startsWith("LINUX PAYG 0.115");
    }

    /*
     * Rows used by the licence tests (fixtures, not our code):
     * - radar vm-eu-west.json key "DZH318Z08M9W/0092|0561adcb-1c48-542e-9e0c-10dea22fc392|Consumption|":
     *   Virtual Machines Dsv5 Series, Standard_D2s_v5, retailPrice 0.115, savingsPlanPrice 0.0874 (1 year);
     * - flexera-azure_linux_license_pricing.json RHEL / "Red Hat Enterprise Linux" / "2": 0.0288 $/h;
     *   SUSE / "SUSE Linux Enterprise Server Standard" / "1-2": 0.065 $/h.
     */
    private static VmItem d2(String id, VmLicence licence, String runningHours) {
        return new VmItem(id, D2, licence, WE, Optional.ofNullable(runningHours).map(BigDecimal::new), 2);
    }

    @Test
    void rhelPaysItsLicenceMeterOnTopOfTheLinuxRateInPaygAndInTheSavingsPlan() {
        ScenarioCost payg = price(Scenario.of(PricingPlan.PAYG, false), d2("rhel", VmLicence.RHEL, null));
        // (0.115 + 0.0288) × 730 = 83.95 + 21.024 = 104.974
        assertThat(payg.complete()).isTrue();
        assertThat(payg.monthlyTotal().rounded()).isEqualTo(usd("104.97"));
        assertThat(payg.lines()).extracting(CostLine::category).containsExactly(CostCategory.COMPUTE,
                CostCategory.LICENCE);
        assertThat(payg.lines().get(1).basis()).startsWith("Red Hat Enterprise Linux 2 vCPU licence 0.0288 USD/h");
        ScenarioCost sp = price(Scenario.of(PricingPlan.SP1Y, false), d2("rhel", VmLicence.RHEL, null));
        // savings plans cover compute only: 0.0874 × 730 + 0.0288 × 730 = 63.802 + 21.024 = 84.826
        assertThat(sp.complete()).isTrue();
        assertThat(sp.monthlyTotal().rounded()).isEqualTo(usd("84.83"));
        ScenarioCost ahb = price(Scenario.of(PricingPlan.SP1Y, true), d2("rhel", VmLicence.RHEL, null));
        // bring your own subscription: the base rate is the whole price, 63.802
        assertThat(ahb.monthlyTotal().rounded()).isEqualTo(usd("63.80"));
        ScenarioCost sles = price(Scenario.of(PricingPlan.PAYG, false), d2("sles", VmLicence.SLES, null));
        // (0.115 + 0.065) × 730 = 131.40
        assertThat(sles.monthlyTotal().rounded()).isEqualTo(usd("131.40"));
    }

    @Test
    void aSavingsPlanIsBilledEveryHourWhileRunningHoursScalePaygAndTheLicence() {
        // 200 running hours: SP1Y compute 0.0874 × 730 = 63.802 (every hour), licence 0.0288 × 200 = 5.76
        ScenarioCost sp = price(Scenario.of(PricingPlan.SP1Y, false), d2("rhel", VmLicence.RHEL, "200"));
        assertThat(sp.monthlyTotal().rounded()).isEqualTo(usd("69.56"));
        // PAYG: 0.115 × 200 + 0.0288 × 200 = 23 + 5.76 = 28.76
        ScenarioCost payg = price(Scenario.of(PricingPlan.PAYG, false), d2("rhel", VmLicence.RHEL, "200"));
        assertThat(payg.monthlyTotal().rounded()).isEqualTo(usd("28.76"));
        // a Linux VM under SP1Y at 200 h costs the same as at 730 h: 63.80
        ScenarioCost linux = price(Scenario.of(PricingPlan.SP1Y, false), d2("linux", VmLicence.LINUX, "200"));
        assertThat(linux.monthlyTotal().rounded()).isEqualTo(usd("63.80"));
    }

    @Test
    void aMissingLicenceMeterMakesTheVmsCostMissingWithTheTrueReason() {
        // the table has RHEL meters for 1, 2, 4, 6, 8 ... vCPUs, none for 3
        VmItem three = new VmItem("rhel3", D2, VmLicence.RHEL, WE, Optional.empty(), 3);
        ScenarioCost c = price(Scenario.of(PricingPlan.PAYG, false), three, vm("linux", VmLicence.LINUX));
        assertThat(c.complete()).isFalse();
        assertThat(c.lines()).extracting(CostLine::itemId).containsExactly("linux");
        assertThat(c.monthlyTotal().rounded()).isEqualTo(usd("83.95"));
        assertThat(c.missing()).singleElement().satisfies(m -> {
            assertThat(m.itemId()).isEqualTo("rhel3");
            assertThat(m.reason()).contains("no RHEL licence meter for 3 vCPUs");
        });
        // no meters at all (what any currency but USD gets): missing, never the bare Linux rate
        ScenarioCost none = new CostCalculator(embedded, ScenarioSettings.defaults(),
                dev.cloudfit.assess.pricing.licence.LinuxLicencePrices.none(Currency.getInstance("USD")))
                .price(List.of(d2("rhel", VmLicence.RHEL, null)), Scenario.of(PricingPlan.PAYG, false));
        assertThat(none.lines()).isEmpty();
        assertThat(none.missing()).singleElement().satisfies(m ->
                assertThat(m.reason()).contains("no RHEL licence meter (service 'Virtual Machines Licenses') in USD"));
        // with AHB no licence meter is needed
        assertThat(price(Scenario.of(PricingPlan.PAYG, true), three).complete()).isTrue();
    }

    @Test
    void aTenPercentDiscountTakesOffComputeButNotDisksUnlessAsked() {
        // D2s v5 Linux 0.115 × 730 = 83.95; P10 LRS 21.68 (storage-eu-west.json "P10 LRS Disk" 21.68 $/month)
        ScenarioSettings computeOnly = ScenarioSettings.defaults().withDiscount(Discount.of("10", CostCategory.COMPUTE));
        ScenarioCost c = price(computeOnly, Scenario.of(PricingPlan.PAYG, false), vm("vm", VmLicence.LINUX),
                p10("disk"));
        // 83.95 × 0.9 + 21.68 = 75.555 + 21.68 = 97.235
        assertThat(c.monthlyTotal().rounded()).isEqualTo(usd("97.24"));
        ScenarioSettings withDisks = ScenarioSettings.defaults()
                .withDiscount(Discount.of("10", CostCategory.COMPUTE, CostCategory.STORAGE));
        ScenarioCost d = price(withDisks, Scenario.of(PricingPlan.PAYG, false), vm("vm", VmLicence.LINUX),
                p10("disk"));
        // (83.95 + 21.68) × 0.9 = 95.067
        assertThat(d.monthlyTotal().rounded()).isEqualTo(usd("95.07"));
    }

    @Test
    void aPriceTheSnapshotLacksIsMissingNeverZero() {
        // the embedded snapshot has no reservation rows and only one-year savings plans
        ScenarioCost ri = price(Scenario.of(PricingPlan.RI1Y, false), vm("linux", VmLicence.LINUX), p10("disk"));
        assertThat(ri.lines()).extracting(CostLine::itemId).containsExactly("disk");
        assertThat(ri.missing()).singleElement().satisfies(m -> {
            assertThat(m.itemId()).isEqualTo("linux");
            assertThat(m.what()).isEqualTo("westeurope Standard_D2s_v5, Linux, 1-year reservation");
            assertThat(m.reason()).contains("no reservation row");
        });
        assertThat(ri.monthlyTotal().rounded()).isEqualTo(usd("21.68"));
        assertThat(ri.complete()).isFalse();
        ScenarioCost sp3 = price(Scenario.of(PricingPlan.SP3Y, false), vm("linux", VmLicence.LINUX));
        assertThat(sp3.lines()).isEmpty();
        assertThat(sp3.missing()).hasSize(1);
        ScenarioCost unknown = price(Scenario.of(PricingPlan.PAYG, false),
                VmItem.allMonth("x", ArmSkuName.of("Standard_Nope_v9"), VmLicence.LINUX, WE));
        assertThat(unknown.missing()).singleElement().extracting(MissingPrice::reason).asString()
                .contains("no pay-as-you-go row");
    }

    @Test
    void aDiskTierIsItsMonthlyPriceInEveryScenario() {
        for (PricingPlan plan : PricingPlan.values()) {
            ScenarioCost c = price(Scenario.of(plan, true), p10("d"));
            assertThat(c.lines().get(0).monthly()).isEqualTo(usd("21.68"));
            assertThat(c.lines().get(0).annual().rounded()).isEqualTo(usd("260.16"));
        }
    }

    @Test
    void premiumSsdV2BillsOnlyIopsAndThroughputAboveTheIncludedBaseline() {
        DiskItem base = new DiskItem("base", new DiskSpec.Provisioned(ProvisionedDiskType.PREMIUM_SSD_V2,
                DataSize.ofGibibytes(100), 3000, 125), WE);
        DiskItem busy = new DiskItem("busy", new DiskSpec.Provisioned(ProvisionedDiskType.PREMIUM_SSD_V2,
                DataSize.ofGibibytes(199.5), 5000, 200), WE);
        ScenarioCost c = price(Scenario.of(PricingPlan.PAYG, false), base, busy);
        // 100 × 0.00013 = 0.013 $/h × 730 = 9.49
        assertThat(c.lines().get(0).monthly().rounded()).isEqualTo(usd("9.49"));
        // 200 GiB (199.5 rounded up) × 0.00013 + 2,000 × 0.000008 + 75 × 0.000065 = 0.046875 $/h × 730 = 34.21875
        assertThat(c.lines().get(1).monthly().amount()).isEqualByComparingTo("34.21875");
        assertThat(c.lines().get(1).basis()).contains("200 GiB").contains("2000 IOPS").contains("75 MB/s");
    }

    @Test
    void ultraBillsEveryProvisionedUnit() {
        DiskItem ultra = new DiskItem("u", new DiskSpec.Provisioned(ProvisionedDiskType.ULTRA,
                DataSize.ofGibibytes(100), 5000, 200), WE);
        // 100 × 0.000213 + 5,000 × 0.000088 + 200 × 0.000572 = 0.5757 $/h × 730 = 420.261
        assertThat(price(Scenario.of(PricingPlan.PAYG, false), ultra).lines().get(0).monthly().rounded())
                .isEqualTo(usd("420.26"));
    }

    @Test
    void aDiscountAppliesToTheCategoriesItNames() {
        ScenarioSettings tenOffCompute = ScenarioSettings.defaults()
                .withDiscount(Discount.of("10", CostCategory.COMPUTE));
        ScenarioCost c = price(tenOffCompute, Scenario.of(PricingPlan.PAYG, false), vm("linux", VmLicence.LINUX),
                p10("disk"));
        // 83.95 × 0.9 = 75.555; the disk stays 21.68; total 97.235
        assertThat(c.lines().get(0).monthly().amount()).isEqualByComparingTo("75.555");
        assertThat(c.lines().get(0).monthly().rounded()).isEqualTo(usd("75.56"));
        assertThat(c.lines().get(0).basis()).endsWith("× 0.9 (discount 10 %)");
        assertThat(c.lines().get(1).monthly()).isEqualTo(usd("21.68"));
        assertThat(c.monthlyTotal().rounded()).isEqualTo(usd("97.24"));
        ScenarioSettings fiveOffBoth = ScenarioSettings.defaults()
                .withDiscount(Discount.of("5", CostCategory.COMPUTE, CostCategory.STORAGE));
        ScenarioCost both = price(fiveOffBoth, Scenario.of(PricingPlan.PAYG, false), p10("disk"));
        // 21.68 × 0.95 = 20.596
        assertThat(both.lines().get(0).monthly().rounded()).isEqualTo(usd("20.60"));
    }

    @Test
    void theSameItemsArePricedInAComparisonRegion() {
        ScenarioSettings settings = ScenarioSettings.defaults().withPlans(List.of(PricingPlan.PAYG), false)
                .withCompareRegions(List.of(NE));
        ScenarioSet set = ScenarioSet.from(settings);
        List<ScenarioCost> costs = new CostCalculator(embedded, settings)
                .price(List.of(vm("linux", VmLicence.LINUX), p10("disk")), set);
        assertThat(costs).extracting(c -> c.scenario().name()).containsExactly("PAYG", "PAYG @ northeurope");
        // westeurope 0.115 × 730 + 21.68 = 105.63; northeurope 0.107 × 730 + 19.71 = 78.11 + 19.71 = 97.82
        assertThat(costs.get(0).monthlyTotal().rounded()).isEqualTo(usd("105.63"));
        assertThat(costs.get(1).monthlyTotal().rounded()).isEqualTo(usd("97.82"));
        assertThat(costs.get(1).lines()).allSatisfy(l -> assertThat(l.region()).isEqualTo(NE));
    }

    @Test
    void aCurrencyOtherThanThePriceListsIsRefusedNotConverted() {
        assertThatThrownBy(() -> new CostCalculator(embedded,
                ScenarioSettings.defaults().withCurrency(Currency.getInstance("EUR"))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("never converted");
    }

    @Test
    void payAsYouGoCountsRunningHoursAndTheSettingChangesTheMonth() {
        VmItem partTime = new VmItem("pt", D2, VmLicence.LINUX, WE, Optional.of(new BigDecimal("200")));
        // 0.115 × 200 = 23.00; the savings plan is a commitment: 0.0874 × 730 = 63.802
        assertThat(price(Scenario.of(PricingPlan.PAYG, false), partTime).monthlyTotal().amount())
                .isEqualByComparingTo("23");
        assertThat(price(Scenario.of(PricingPlan.SP1Y, false), partTime).monthlyTotal().rounded())
                .isEqualTo(usd("63.80"));
        ScenarioSettings h744 = ScenarioSettings.defaults().withHoursPerMonth(new BigDecimal("744"));
        // 0.115 × 744 = 85.56
        assertThat(price(h744, Scenario.of(PricingPlan.PAYG, false), vm("l", VmLicence.LINUX)).monthlyTotal()
                .rounded()).isEqualTo(usd("85.56"));
    }
}
