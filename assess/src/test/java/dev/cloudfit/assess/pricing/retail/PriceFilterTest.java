package dev.cloudfit.assess.pricing.retail;

import static dev.cloudfit.assess.pricing.retail.PriceFilter.and;
import static dev.cloudfit.assess.pricing.retail.PriceFilter.or;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.pricing.PriceBook;
import dev.cloudfit.assess.pricing.PriceType;
import dev.cloudfit.assess.pricing.Region;
import java.net.URI;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceFilterTest {

    @Test
    void quotesValuesAndDoublesSingleQuotes() {
        assertThat(PriceFilter.productNameContains("O'Brien's Series").render())
                .isEqualTo("contains(productName, 'O''Brien''s Series')");
        assertThat(PriceFilter.serviceName("Virtual Machines").render()).isEqualTo("serviceName eq 'Virtual Machines'");
        assertThat(PriceFilter.quote("''")).isEqualTo("''''''");
    }

    @Test
    void orGroupsInsideAndAreParenthesised() {
        PriceFilter f = and(PriceFilter.priceType(PriceType.CONSUMPTION),
                or(and(PriceFilter.serviceName("Virtual Machines"), PriceFilter.armSkuName("Standard_D2s_v3")),
                        and(PriceFilter.serviceName("Storage"), PriceFilter.eq(FilterField.SKU_NAME, "P10 LRS"))),
                PriceFilter.region("westeurope"));
        assertThat(f.render()).isEqualTo("priceType eq 'Consumption' and ((serviceName eq 'Virtual Machines' and "
                + "armSkuName eq 'Standard_D2s_v3') or (serviceName eq 'Storage' and skuName eq 'P10 LRS')) and "
                + "armRegionName eq 'westeurope'");
        assertThat(or(PriceFilter.region("westeurope"), PriceFilter.region("northeurope")).render())
                .isEqualTo("armRegionName eq 'westeurope' or armRegionName eq 'northeurope'");
    }

    @Test
    void encodesEverythingButUnreservedCharacters() {
        assertThat(RetailPricesUrls.encode("serviceName eq 'Virtual Machines'"))
                .isEqualTo("serviceName%20eq%20%27Virtual%20Machines%27");
        assertThat(RetailPricesUrls.encode("a+b&c=d/e?(f)")).isEqualTo("a%2Bb%26c%3Dd%2Fe%3F%28f%29");
        assertThat(RetailPricesUrls.encode("Série_1.0~-")).isEqualTo("S%C3%A9rie_1.0~-");
    }

    @Test
    void firstPageCarriesApiVersionCurrencyAndFilter() {
        RetailPricesSettings settings = RetailPricesSettings.defaults("1.2.3").withCurrency(Currency.getInstance("EUR"));
        URI uri = RetailPricesUrls.firstPage(settings, PriceQuery.of(and(PriceFilter.serviceName("Virtual Machines"),
                PriceFilter.region("westeurope"))));
        assertThat(uri.getRawQuery()).isEqualTo("api-version=2023-01-01-preview&currencyCode=%27EUR%27"
                + "&$filter=serviceName%20eq%20%27Virtual%20Machines%27%20and%20armRegionName%20eq%20%27westeurope%27");
        assertThat(uri.getQuery()).contains("$filter=serviceName eq 'Virtual Machines' and armRegionName eq 'westeurope'");
        assertThat(RetailPricesUrls.withoutQuery(uri)).isEqualTo("https://prices.azure.com/api/retail/prices");
    }

    @Test
    void regionQueriesCoverVmsDisksAndAvs() {
        List<PriceQuery> q = RegionPriceQueries.forRegion(Region.of("westeurope"));
        assertThat(q).extracting(p -> p.filter().render()).containsExactly(
                "serviceName eq 'Virtual Machines' and armRegionName eq 'westeurope'",
                "serviceName eq 'Storage' and armRegionName eq 'westeurope' and (contains(productName, 'Managed Disks') "
                        + "or productName eq 'Azure Premium SSD v2' or productName eq 'Ultra Disks')",
                "contains(productName, 'Azure VMware Solution') and armRegionName eq 'westeurope'");
        assertThat(q).extracting(PriceQuery::mustReturnRows).containsExactly(true, true, false);
    }

    @Test
    void settingsDefaultsArePinned() {
        assertThat(PriceBook.DEFAULT_HOURS_PER_MONTH).isEqualByComparingTo("730");
        RetailPricesSettings d = RetailPricesSettings.defaults("0.1.0");
        assertThat(d.endpoint()).isEqualTo(URI.create("https://prices.azure.com/api/retail/prices"));
        assertThat(RetailPricesSettings.API_VERSION).isEqualTo("2023-01-01-preview");
        assertThat(d.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(d.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(d.requestTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(d.maxAttempts()).isEqualTo(6);
        assertThat(d.initialBackoff()).isEqualTo(Duration.ofSeconds(2));
        assertThat(d.maxBackoff()).isEqualTo(Duration.ofSeconds(60));
        assertThat(d.maxParallelQueries()).isEqualTo(3);
        assertThat(d.userAgent()).isEqualTo("cloudfit/0.1.0");
        assertThat(d.totalTimeout()).isEqualTo(Duration.ofMinutes(15));
        assertThat(d.maxPages()).isEqualTo(1000);
    }
}
