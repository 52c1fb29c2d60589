package dev.cloudfit.assess.pricing.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.catalog.DiskType;
import dev.cloudfit.assess.catalog.Region;
import dev.cloudfit.assess.catalog.VmSizeName;
import dev.cloudfit.assess.pricing.DiskRedundancy;
import dev.cloudfit.assess.pricing.source.PriceSourceResolver;
import dev.cloudfit.assess.pricing.source.PriceSourceSettings;
import dev.cloudfit.assess.pricing.source.ResolvedPrices;
import dev.cloudfit.assess.sizing.price.PriceOs;
import dev.cloudfit.assess.sizing.price.PricePlan;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 point 8: francecentral is in the embedded snapshot. Expected figures are the rows of
 * {@code fixtures/azure/retail-prices/radar-snapshots/vm-francecentral.json} (2026-08-20) and
 * {@code storage-francecentral.json} (2026-08-01) as the fixtures README quotes them: D2s v5 Linux 0.112 $/h,
 * Windows 0.204, 1-year savings plan 0.0844032; P10 LRS 23.848 $/month, E10 10.56, S10 6.476.
 */
class EmbeddedFranceCentralTest {

    private static final Region FRANCE = Region.of("francecentral");

    private final AzureCatalog catalog = AzureCatalog.bundled();
    private final ResolvedPrices resolved = new PriceSourceResolver(PriceSourceSettings.defaults(), Clock.systemUTC())
            .resolve(List.of(dev.cloudfit.assess.pricing.Region.of("francecentral")), Currency.getInstance("USD"),
                    new BigDecimal("730"));
    private final PriceBookPriceSource prices = new PriceBookPriceSource(resolved.book(), catalog);

    @Test
    void francecentralVmAndDiskPricesComeFromTheRecordedRows() {
        assertThat(resolved.header().regions()).extracting(r -> r.name()).contains("francecentral");
        VmSizeName d2s = VmSizeName.of("Standard_D2s_v5");
        assertThat(prices.vmHourly(d2s, FRANCE, PriceOs.LINUX, PricePlan.PAYG))
                .hasValueSatisfying(m -> assertThat(m.amount()).isEqualByComparingTo("0.112"));
        assertThat(prices.vmHourly(d2s, FRANCE, PriceOs.WINDOWS, PricePlan.PAYG))
                .hasValueSatisfying(m -> assertThat(m.amount()).isEqualByComparingTo("0.204"));
        assertThat(prices.diskTierMonthly(catalog.diskTier("P10").orElseThrow(), DiskRedundancy.LRS, FRANCE))
                .hasValueSatisfying(m -> assertThat(m.amount()).isEqualByComparingTo("23.848"));
        assertThat(prices.diskTierMonthly(catalog.diskTier("E10").orElseThrow(), DiskRedundancy.LRS, FRANCE))
                .hasValueSatisfying(m -> assertThat(m.amount()).isEqualByComparingTo("10.56"));
        assertThat(prices.diskTierMonthly(catalog.diskTier("S10").orElseThrow(), DiskRedundancy.LRS, FRANCE))
                .hasValueSatisfying(m -> assertThat(m.amount()).isEqualByComparingTo("6.476"));
        assertThat(prices.provisionedDiskRates(DiskType.PREMIUM_SSD_V2, DiskRedundancy.LRS, FRANCE)).isPresent();
    }

    @Test
    void theOlderSeriesTheReferenceConsidersArePricedThere() {
        // Av2 is in the catalog now (Resource SKUs) and in the francecentral price list
        assertThat(catalog.vmSize(VmSizeName.of("Standard_A2_v2"))).isPresent();
        assertThat(catalog.vmSize(VmSizeName.of("Standard_A2_v2")).orElseThrow().isKnownAvailableIn(FRANCE)).isTrue();
        assertThat(prices.vmHourly(VmSizeName.of("Standard_A2_v2"), FRANCE, PriceOs.LINUX, PricePlan.PAYG)).isPresent();
    }
}
