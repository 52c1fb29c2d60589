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
}
