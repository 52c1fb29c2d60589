package dev.cloudfit.assess.pricing.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.pricing.DiskRedundancy;
import dev.cloudfit.assess.catalog.DiskType;
import dev.cloudfit.assess.catalog.Region;
import dev.cloudfit.assess.catalog.VmSizeName;
import dev.cloudfit.assess.pricing.PriceBook;
import dev.cloudfit.assess.pricing.source.PriceSourceResolver;
import dev.cloudfit.assess.pricing.source.PriceSourceSettings;
import dev.cloudfit.assess.sizing.price.Commitment;
import dev.cloudfit.assess.sizing.price.PriceOs;
import dev.cloudfit.assess.sizing.price.PricePlan;
import dev.cloudfit.assess.pricing.PricingPlan;
import dev.cloudfit.assess.pricing.ProvisionedDiskType;
import dev.cloudfit.assess.pricing.scenario.CostCalculator;
import dev.cloudfit.assess.pricing.scenario.DiskItem;
import dev.cloudfit.assess.pricing.scenario.DiskSpec;
import dev.cloudfit.assess.pricing.scenario.Scenario;
import dev.cloudfit.assess.pricing.scenario.ScenarioCost;
import dev.cloudfit.assess.pricing.scenario.ScenarioSettings;
import dev.cloudfit.core.units.DataSize;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sizing engine priced from the embedded snapshot (westeurope, USD, fetched 2026-08-20). */
class PriceBookPriceSourceTest {

    private static final Region WESTEUROPE = Region.of("westeurope");

    private final AzureCatalog catalog = AzureCatalog.bundled();
    private final PriceBook book = new PriceSourceResolver(PriceSourceSettings.defaults(), Clock.systemUTC())
            .resolve(List.of(dev.cloudfit.assess.pricing.Region.of("westeurope")), Currency.getInstance("USD"),
                    new BigDecimal("730"))
            .book();
    private final PriceBookPriceSource prices = new PriceBookPriceSource(book, catalog);

    @Test
    void vmPricesPerLicenceAndHybridBenefit() {
        VmSizeName d2s = VmSizeName.of("Standard_D2s_v5");
        assertThat(prices.vmHourly(d2s, WESTEUROPE, PriceOs.LINUX, PricePlan.PAYG))
                .hasValueSatisfying(m -> assertThat(m.amount()).isEqualByComparingTo("0.115"));
        assertThat(prices.vmHourly(d2s, WESTEUROPE, PriceOs.WINDOWS, PricePlan.PAYG))
                .hasValueSatisfying(m -> assertThat(m.amount()).isEqualByComparingTo("0.207"));
        // with Azure Hybrid Benefit the customer brings the Windows licence: the base rate applies
        assertThat(prices.vmHourly(d2s, WESTEUROPE, PriceOs.WINDOWS, new PricePlan(Commitment.PAY_AS_YOU_GO, true)))
                .hasValueSatisfying(m -> assertThat(m.amount()).isEqualByComparingTo("0.115"));
        assertThat(prices.vmHourly(d2s, WESTEUROPE, PriceOs.LINUX, new PricePlan(Commitment.SAVINGS_PLAN_1_YEAR, false)))
                .hasValueSatisfying(m -> assertThat(m.amount()).isEqualByComparingTo("0.0874"));
    }

    @Test
    void missingPricesStayEmpty() {
        assertThat(prices.vmHourly(VmSizeName.of("Standard_D2s_v5"), Region.of("eastus"), PriceOs.LINUX, PricePlan.PAYG))
                .isEmpty();
        assertThat(prices.provisionedDiskRates(DiskType.PREMIUM_SSD_V2, DiskRedundancy.ZRS, WESTEUROPE)).isEmpty();
    }

    @Test
    void diskTiersAndProvisionedRates() {
        assertThat(prices.diskTierMonthly(catalog.diskTier("P10").orElseThrow(), DiskRedundancy.LRS, WESTEUROPE))
                .hasValueSatisfying(m -> assertThat(m.amount()).isEqualByComparingTo("21.68"));
        assertThat(prices.provisionedDiskRates(DiskType.PREMIUM_SSD_V2, DiskRedundancy.LRS, WESTEUROPE))
                .hasValueSatisfying(r -> {
                    assertThat(r.freeIops()).isEqualTo(3000);
                    assertThat(r.freeMbps()).isEqualTo(125);
                    assertThat(r.perGibHour().amount()).isPositive();
                });
    }

    /*
     * Premium SSD v2 / Ultra meters of the embedded snapshot (radar storage-eu-west.json, westeurope, 2026-07):
     * v2 0.00013 $/GiB-h, 0.000008 $/IOPS-h, 0.000065 $/MBps-h; Ultra 0.000213, 0.000088, 0.000572.
     */
    @Test
    void provisionedDisksArePricedByTheOneEngineAsEveryScenarioPricesThem() {
        DataSize gib200 = DataSize.ofGibibytes(199.5); // billed as 200 whole GiB
        // v2: 200 × 0.00013 + (5,000 − 3,000) × 0.000008 + (200 − 125) × 0.000065 = 0.046875 $/h × 730 = 34.21875,
        // always over the 730-hour billing month: a disk is billed whether its VM runs or not, so there is no
        // running-hours argument (at 200 running hours the disk is still 34.21875, not 0.046875 × 200 = 9.375;
        // ProvisionedDiskBilledAllMonthTest runs the whole assessment at 200 h)
        assertThat(prices.provisionedDiskMonthly(DiskType.PREMIUM_SSD_V2, DiskRedundancy.LRS, WESTEUROPE, gib200, 5000,
                200)).hasValueSatisfying(m -> assertThat(m.amount()).isEqualByComparingTo("34.21875"));
        // Ultra bills every unit: 100 × 0.000213 + 5,000 × 0.000088 + 200 × 0.000572 = 0.5757 $/h × 730 = 420.261
        assertThat(prices.provisionedDiskMonthly(DiskType.ULTRA, DiskRedundancy.LRS, WESTEUROPE,
                DataSize.ofGibibytes(100), 5000, 200))
                .hasValueSatisfying(m -> assertThat(m.amount()).isEqualByComparingTo("420.261"));
        assertThat(prices.provisionedDiskMonthly(DiskType.ULTRA, DiskRedundancy.ZRS, WESTEUROPE,
                DataSize.ofGibibytes(100), 5000, 200)).isEmpty();
        // and the engine's own disk line says the same
        ScenarioCost line = new CostCalculator(book, ScenarioSettings.defaults()).price(List.of(new DiskItem("d",
                new DiskSpec.Provisioned(ProvisionedDiskType.PREMIUM_SSD_V2, gib200, 5000, 200),
                dev.cloudfit.assess.pricing.Region.of("westeurope"))), Scenario.of(PricingPlan.PAYG, false));
        assertThat(line.monthlyTotal().amount()).isEqualByComparingTo("34.21875");
        assertThat(line.lines().get(0).basis()).startsWith("PREMIUM_SSD_V2 (200 GiB");
    }
}
