package dev.cloudfit.assess.pricing.retail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.cli.PricesCommand;
import dev.cloudfit.assess.pricing.ArmSkuName;
import dev.cloudfit.assess.pricing.PricingPlan;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.SharedFixtures;
import dev.cloudfit.assess.pricing.licence.LinuxLicencePrices;
import dev.cloudfit.assess.pricing.retail.ReplayServer.Reply;
import dev.cloudfit.assess.pricing.scenario.CostCalculator;
import dev.cloudfit.assess.pricing.scenario.Scenario;
import dev.cloudfit.assess.pricing.scenario.ScenarioCost;
import dev.cloudfit.assess.pricing.scenario.ScenarioSettings;
import dev.cloudfit.assess.pricing.scenario.VmItem;
import dev.cloudfit.assess.pricing.scenario.VmLicence;
import dev.cloudfit.assess.pricing.source.CachedLicences;
import dev.cloudfit.assess.pricing.source.PriceCacheFolder;
import dev.cloudfit.assess.pricing.source.PriceSourceKind;
import dev.cloudfit.assess.pricing.source.PriceSourceResolver;
import dev.cloudfit.assess.pricing.source.PriceSourceSettings;
import dev.cloudfit.assess.pricing.source.ResolvedPrices;
import dev.cloudfit.core.error.CloudfitException;
import dev.cloudfit.core.units.Money;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code prices refresh} fetches the RHEL/SLES licence meters (service "Virtual Machines Licenses", global), keeps
 * them beside the price file, and assessments of the workspace use them, here in EUR, where cloudfit ships none.
 *
 * <p>Rows served (fixture-shaped; the EUR figures are the fixtures' USD figures relabelled, so this checks the
 * plumbing, not exchange rates):
 * <ul>
 * <li>VMs: raw page {@code retail-prices-unfiltered-skip100-2022-04-19.json}: northeurope E96 v5 (Linux) 6.768 /h,
 * 1-year reservation 34,980;</li>
 * <li>licences, shaped as that dump's licence row ({@code ...skip81200...}: meterName "56 vCPU VM License",
 * skuName "56 vCPU VM", armRegionName "", "1 Hour") with the Flexera licence file's prices: RHEL 96 vCPU 1.0368,
 * 2 vCPU 0.0288; SLES Standard 1-2 vCPU 0.065, 5+ vCPU 0.15; plus a duplicate RHEL 96 vCPU meter at 1.2 (the lower
 * price is kept) and a Dev/Test row at 0 (left out).</li>
 * </ul>
 */
class PricesRefreshLicencesTest {

    private static final Region NE = Region.of("northeurope");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final String EMPTY_PAGE =
            "{\"BillingCurrency\":\"EUR\",\"CustomerEntityId\":\"Default\",\"Items\":[],\"NextPageLink\":null,\"Count\":0}";

    @TempDir
    Path workspace;

    private ReplayServer server;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        server = new ReplayServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new PricesCommand()).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, c, p) -> {
            err.write(e.getMessage());
            return e instanceof CloudfitException ce ? ce.exitCode().code() : 4;
        });
        return cli.execute(args);
    }

    private static String inEur(byte[] json) {
        return new String(json, StandardCharsets.UTF_8).replaceAll("\"(currencyCode|BillingCurrency)\"\\s*:\\s*\"USD\"",
                "\"$1\":\"EUR\"");
    }

    private static String licence(String product, String sku, String type, String price) {
        return "{\"currencyCode\":\"EUR\",\"tierMinimumUnits\":0,\"retailPrice\":" + price + ",\"unitPrice\":" + price
                + ",\"armRegionName\":\"\",\"location\":\"\",\"effectiveStartDate\":\"2021-02-01T00:00:00Z\","
                + "\"meterId\":\"m-" + product.length() + sku + type + price + "\",\"meterName\":\"" + sku
                + " License\",\"productId\":\"DZH318Z0D8KP\",\"skuId\":\"DZH318Z0D8KP/" + sku.length() + "\","
                + "\"productName\":\"" + product + "\",\"skuName\":\"" + sku + "\",\"serviceName\":"
                + "\"Virtual Machines Licenses\",\"serviceId\":\"DZH317WPTGV0\",\"serviceFamily\":\"Compute\","
                + "\"unitOfMeasure\":\"1 Hour\",\"type\":\"" + type + "\",\"isPrimaryMeterRegion\":true,"
                + "\"armSkuName\":\"\"}";
    }

    private void script() throws Exception {
        byte[] vms = ReplayPages.split(
                SharedFixtures.retailPrices("raw-pages/retail-prices-unfiltered-skip100-2022-04-19.json"), 100,
                n -> null).get(0);
        byte[] disks = Files.readAllBytes(SharedFixtures.retailPrices("ace-mocked/aks-ultrassd.json"));
        server.on(RegionPriceQueries.forRegion(NE).get(0).filter().render(), Reply.json(inEur(vms)));
        server.on(RegionPriceQueries.forRegion(NE).get(1).filter().render(), Reply.json(inEur(disks)
                .replace("\"armRegionName\": \"westeurope\"", "\"armRegionName\": \"northeurope\"")));
        server.on(RegionPriceQueries.forRegion(NE).get(2).filter().render(), Reply.json(EMPTY_PAGE));
        String rhel = "Red Hat Enterprise Linux";
        String sles = "SUSE Linux Enterprise Server Standard";
        server.on(LicencePriceQuery.query().filter().render(), Reply.json("{\"BillingCurrency\":\"EUR\","
                + "\"CustomerEntityId\":\"Default\",\"Items\":[" + String.join(",",
                        licence(rhel, "96 vCPU VM", "Consumption", "1.0368"),
                        licence(rhel, "96 vCPU VM", "Consumption", "1.2"),
                        licence(rhel, "96 vCPU VM", "DevTestConsumption", "0"),
                        licence(rhel, "2 vCPU VM", "Consumption", "0.0288"),
                        licence(sles, "1-2 vCPU VM", "Consumption", "0.065"),
                        licence(sles, "5+ vCPU VM", "Consumption", "0.15"))
                + "],\"NextPageLink\":null,\"Count\":6}"));
    }

    private ResolvedPrices resolved() {
        return new PriceSourceResolver(PriceSourceSettings.defaults().withWorkspace(workspace), Clock.systemUTC())
                .resolve(List.of(NE), EUR, new BigDecimal("730"));
    }

    private static ScenarioCost rhelE96(ResolvedPrices prices, LinuxLicencePrices licences, PricingPlan plan) {
        VmItem vm = new VmItem("db", ArmSkuName.of("Standard_E96_v5"), VmLicence.RHEL, NE, Optional.empty(), 96);
        return new CostCalculator(prices.book(), ScenarioSettings.defaults().withCurrency(EUR), licences)
                .priceVm(vm, Scenario.of(plan, false));
    }

    @Test
    void theLicenceMetersAreFetchedStoredBesideThePricesAndPriceRhelInEur() throws Exception {
        script();
        int code = run("refresh", "--region", "northeurope", "--currency", "eur", "--workspace", workspace.toString(),
                "--prices-endpoint", server.endpoint().toString());
        assertThat(code).as(err.toString()).isZero();

        // one global query, in the refresh's currency
        List<String> licenceQueries = server.requests().stream()
                .map(r -> URLDecoder.decode(r.uri().getRawQuery(), StandardCharsets.UTF_8))
                .filter(q -> q.contains("Virtual Machines Licenses")).toList();
        assertThat(licenceQueries).singleElement().satisfies(q -> assertThat(q).contains("currencyCode='EUR'")
                .contains("$filter=serviceName eq 'Virtual Machines Licenses' and armRegionName eq '' and priceType"
                        + " eq 'Consumption' and (productName eq 'Red Hat Enterprise Linux' or productName eq"
                        + " 'SUSE Linux Enterprise Server Standard')"));

        ResolvedPrices prices = resolved();
        assertThat(prices.kind()).isEqualTo(PriceSourceKind.CACHE);
        Path file = PriceCacheFolder.licencesFor(Path.of(prices.location()));
        assertThat(file).exists();
        assertThat(out.toString()).contains("licences     4 RHEL/SLES meters (" + file.getFileName() + ")");
        LinuxLicencePrices licences = CachedLicences.forPrices(prices, EUR);
        assertThat(licences.meters()).extracting(m -> m.licence() + " " + m.band() + " " + m.hourly().amount())
                .containsExactly("RHEL 2 vCPU 0.0288", "RHEL 96 vCPU 1.0368", "SLES 1-2 vCPU 0.065",
                        "SLES 5+ vCPU 0.15");

        // PAYG: (6.768 + 1.0368) × 730 = 4,940.64 + 756.864 = 5,697.504
        ScenarioCost payg = rhelE96(prices, licences, PricingPlan.PAYG);
        assertThat(payg.complete()).isTrue();
        assertThat(payg.monthlyTotal().rounded()).isEqualTo(Money.of("5697.50", "EUR"));
        assertThat(payg.lines().get(1).basis()).contains("Retail Prices API " + server.endpoint());
        // 1-year reservation: 34,980 / 8,760 × 730 = 2,915.00, licence per running hour 756.864; 3,671.864
        assertThat(rhelE96(prices, licences, PricingPlan.RI1Y).monthlyTotal().rounded())
                .isEqualTo(Money.of("3671.86", "EUR"));

        // without the fetched meters, as before this refresh: the EUR licence is missing, never the bare base rate
        Files.delete(file);
        ScenarioCost without = rhelE96(resolved(), CachedLicences.forPrices(resolved(), EUR), PricingPlan.PAYG);
        assertThat(without.complete()).isFalse();
        assertThat(without.missing()).singleElement().satisfies(m -> assertThat(m.reason())
                .contains("no RHEL licence meter").contains("EUR"));
    }

    @Test
    void aRefreshWhoseLicenceQueryFailsStillWritesThePricesAndSaysSo() throws Exception {
        script();
        server.on(LicencePriceQuery.query().filter().render(), Reply.status(400, java.util.Map.of("Content-Type",
                "text/plain"), "bad filter"));
        int code = run("refresh", "--region", "northeurope", "--currency", "eur", "--workspace", workspace.toString(),
                "--prices-endpoint", server.endpoint().toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("licences     no RHEL/SLES meters fetched (").contains("HTTP 400")
                .contains("in other currencies they stay missing");
        ResolvedPrices prices = resolved();
        assertThat(prices.kind()).isEqualTo(PriceSourceKind.CACHE);
        assertThat(PriceCacheFolder.licencesFor(Path.of(prices.location()))).doesNotExist();
        assertThat(CachedLicences.forPrices(prices, EUR).meters()).isEmpty();
    }
}
