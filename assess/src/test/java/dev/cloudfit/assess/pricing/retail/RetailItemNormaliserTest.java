package dev.cloudfit.assess.pricing.retail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.pricing.MeterKind;
import dev.cloudfit.assess.pricing.PriceRow;
import dev.cloudfit.assess.pricing.PricingOs;
import dev.cloudfit.assess.pricing.PricingUnits;
import dev.cloudfit.assess.pricing.PrimaryMeterRegion;
import dev.cloudfit.assess.pricing.RecordingSink;
import dev.cloudfit.assess.pricing.ReservationTerm;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetailItemNormaliserTest {

    private final RetailItemNormaliser normaliser =
            new RetailItemNormaliser(Currency.getInstance("USD"), PricingUnits.builtIn());

    private static RetailItem item(String currency, String type, String term, String price, String unit,
            List<RetailItem.SavingsPlanItem> plans) {
        return new RetailItem(currency, BigDecimal.ZERO, term, price == null ? null : new BigDecimal(price),
                price == null ? null : new BigDecimal(price), "westeurope", "EU West", "2024-05-01T00:00:00Z", null,
                "m-1", "D2s v5", "DZH318Z0BQ50", "DZH318Z0BQ50/00W6", "Virtual Machines Dsv5 Series Windows",
                "D2s v5", "Virtual Machines", "DZH313Z7MMC8", "Compute", unit, type, Boolean.TRUE, "Standard_D2s_v5",
                plans);
    }

    private RecordingSink run(RetailItem item) {
        RecordingSink sink = new RecordingSink();
        normaliser.normalise(item, sink);
        return sink;
    }

    @Test
    void keepsTheFactsOfAGoodRow() {
        RecordingSink sink = run(item("USD", "Consumption", null, "0.207", "1 Hour",
                List.of(new RetailItem.SavingsPlanItem(new BigDecimal("0.17"), new BigDecimal("0.17"), "1 Year"))));
        assertThat(sink.rejected).isEmpty();
        PriceRow row = sink.rows.get(0);
        assertThat(row.kind()).isEqualTo(MeterKind.VM);
        assertThat(row.os()).contains(PricingOs.WINDOWS);
        assertThat(row.primaryMeterRegion()).isEqualTo(PrimaryMeterRegion.PRIMARY);
        assertThat(row.effectiveStartDate()).contains(Instant.parse("2024-05-01T00:00:00Z"));
        assertThat(row.savingsPlan(ReservationTerm.ONE_YEAR)).isPresent();
        assertThat(row.meterId()).isEqualTo("m-1");
        assertThat(row.retailPrice().currency().getCurrencyCode()).isEqualTo("USD");
    }

    @Test
    void anUnknownUnitIsReportedNeverGuessed() {
        RecordingSink sink = run(item("USD", "Consumption", null, "0.207", "1 Fortnight", List.of()));
        assertThat(sink.rows).isEmpty();
        assertThat(sink.rejected.get(0).reason()).isEqualTo("unknown unitOfMeasure '1 Fortnight'");
    }

    @Test
    void otherFaultsAreRejectedWithTheirReason() {
        assertThat(run(item("EUR", "Consumption", null, "0.2", "1 Hour", List.of())).rejected.get(0).reason())
                .contains("currency EUR");
        assertThat(run(item("USD", "Reservation", null, "1000", "1 Hour", List.of())).rejected.get(0).reason())
                .contains("reservation with unknown term");
        assertThat(run(item("USD", "Reservation", "5 Years", "1000", "1 Hour", List.of())).rejected.get(0).reason())
                .contains("'5 Years'");
        assertThat(run(item("USD", "Spot", null, "0.2", "1 Hour", List.of())).rejected.get(0).reason())
                .contains("unknown price type 'Spot'");
        assertThat(run(item("USD", "Consumption", null, null, "1 Hour", List.of())).rejected.get(0).reason())
                .isEqualTo("no retailPrice");
        assertThat(run(item("USD", "Consumption", null, "-1", "1 Hour", List.of())).rejected.get(0).reason())
                .isEqualTo("retailPrice: negative price -1");
        assertThat(run(item("USD", "Consumption", null, "1e999", "1 Hour", List.of())).rejected.get(0).reason())
                .isEqualTo("retailPrice: absurd price 1E+999 (more than 100000000)");
        assertThat(run(item("USD", "Consumption", null, "1e-40", "1 Hour", List.of())).rejected.get(0).reason())
                .isEqualTo("retailPrice: price 1E-40 has more than 12 decimals");
        assertThat(run(item("USD", "Consumption", null, "0.2", "1 Hour", List.of(
                new RetailItem.SavingsPlanItem(BigDecimal.ONE, new BigDecimal("1e999"), "1 Year")))).rejected.get(0)
                .reason()).startsWith("savings plan retailPrice: absurd price");
        assertThat(run(item("USD", "Consumption", null, "0.2", "1 Hour", List.of(
                new RetailItem.SavingsPlanItem(BigDecimal.ONE, BigDecimal.ONE, "2 Years")))).rejected.get(0).reason())
                .contains("savings plan with unknown term");
    }
}
