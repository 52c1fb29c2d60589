package dev.cloudfit.assess.pricing.retail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.cli.PricesCommand;
import dev.cloudfit.assess.pricing.ArmSkuName;
import dev.cloudfit.assess.pricing.DiskRedundancy;
import dev.cloudfit.assess.pricing.DiskTier;
import dev.cloudfit.assess.pricing.PriceBook;
import dev.cloudfit.assess.pricing.PricingOs;
import dev.cloudfit.assess.pricing.PricingPlan;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.SharedFixtures;
import dev.cloudfit.assess.pricing.retail.ReplayServer.Reply;
import dev.cloudfit.assess.pricing.source.PriceSourceKind;
import dev.cloudfit.assess.pricing.source.PriceSourceResolver;
import dev.cloudfit.assess.pricing.source.PriceSourceSettings;
import dev.cloudfit.assess.pricing.source.ResolvedPrices;
import dev.cloudfit.core.error.CloudfitException;
import dev.cloudfit.core.units.Money;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code prices refresh} end to end: picocli command, Retail Prices client on a local replay server, cache file. */
class PricesRefreshCommandTest {

    private static final String EMPTY_PAGE =
            "{\"BillingCurrency\":\"USD\",\"CustomerEntityId\":\"Default\",\"Items\":[],\"NextPageLink\":null,\"Count\":0}";
    private static final Region NE = Region.of("northeurope");
    private static final Region WE = Region.of("westeurope");

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

    private static String filter(Region region, int query) {
        return RegionPriceQueries.forRegion(region).get(query).filter().render();
    }

    private List<Path> cacheFiles() throws Exception {
        Path dir = workspace.resolve("prices");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void fetchesEveryRegionWritesADatedCacheAndLaterRunsUseIt() throws Exception {
        Path vmPages = SharedFixtures.retailPrices("raw-pages/retail-prices-unfiltered-skip100-2022-04-19.json");
        List<byte[]> pages = ReplayPages.split(vmPages, 60, n -> server.pageLink("ne-vm-" + n));
        byte[] aks = Files.readAllBytes(SharedFixtures.retailPrices("ace-mocked/aks-ultrassd.json"));
        // the recorded page links on to prices.azure.com: replay it as a last page
        byte[] storage = ReplayPages.split(
                SharedFixtures.retailPrices("raw-pages/retail-prices-unfiltered-skip81200-2022-04-19.json"), 100,
                n -> null).get(0);
        server.on(filter(NE, 0), Reply.json(pages.get(0)));
        server.on("ne-vm-2", Reply.json(pages.get(1)));
        // the recorded disk page is westeurope's: replayed for northeurope too, so both regions have disk prices
        server.on(filter(NE, 1), Reply.json(new String(aks, java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"armRegionName\": \"westeurope\"", "\"armRegionName\": \"northeurope\"")));
        server.on(filter(NE, 2), Reply.json(EMPTY_PAGE));
        server.on(filter(WE, 0), Reply.json(aks));
        server.on(filter(WE, 1), Reply.json(storage));
        server.on(filter(WE, 2), Reply.json(EMPTY_PAGE));

        int code = run("refresh", "--region", "northeurope,WestEurope", "--currency", "usd", "--workspace",
                workspace.toString(), "--prices-endpoint", server.endpoint().toString());

        assertThat(code).as(err.toString()).isZero();
        // 3 queries a region, a second VM page, and the global licence query (not scripted here: a 404, so the
        // prices are written without licence meters; PricesRefreshLicencesTest serves them)
        assertThat(server.requests()).hasSize(8);
        assertThat(out.toString()).contains("licences     no RHEL/SLES meters fetched (");
        assertThat(server.requests()).allSatisfy(r -> assertThat(r.uri().getRawQuery())
                .satisfiesAnyOf(q -> assertThat(q).startsWith("page="),
                        q -> assertThat(q).startsWith("api-version=2023-01-01-preview&currencyCode=%27USD%27&")));
        List<Path> files = cacheFiles();
        assertThat(files).singleElement().satisfies(f -> assertThat(f.getFileName().toString())
                .matches("prices-USD-\\d{8}T\\d{6}Z\\.jsonl\\.gz"));
        assertThat(out.toString()).contains("Prices written: " + files.get(0))
                .contains("regions      northeurope, westeurope")
                .contains("endpoint     " + server.endpoint() + " (api-version 2023-01-01-preview)")
                // E96 v5 pay-as-you-go, 1-year and 3-year reservations (northeurope); D2s v3 Windows and P10 LRS
                // (both regions); every other row is Spot, Low Priority, Cloud Services, another service or region
                .contains("rows kept    7 ");

        ResolvedPrices resolved = new PriceSourceResolver(PriceSourceSettings.defaults().withWorkspace(workspace),
                Clock.systemUTC()).resolve(List.of(NE, WE), Currency.getInstance("USD"), new BigDecimal("730"));
        assertThat(resolved.kind()).isEqualTo(PriceSourceKind.CACHE);
        assertThat(resolved.warnings()).isEmpty();
        assertThat(resolved.header().endpoint()).isEqualTo(server.endpoint().toString());
        PriceBook book = resolved.book();
        ArmSkuName e96 = ArmSkuName.of("Standard_E96_v5");
        // reservation rows are the total for the term: 34,980 / 12 a month at 730 h; 67,588 / 36
        assertThat(book.vmMonthly(e96, NE, PricingOs.LINUX, PricingPlan.RI1Y).orElseThrow().rounded())
                .isEqualTo(Money.of("2915.00", "USD"));
        assertThat(book.vmMonthly(e96, NE, PricingOs.LINUX, PricingPlan.RI3Y).orElseThrow().rounded())
                .isEqualTo(Money.of("1877.44", "USD"));
        assertThat(book.vmHourly(e96, NE, PricingOs.LINUX, PricingPlan.PAYG)).contains(Money.of("6.768", "USD"));
        assertThat(book.vmHourly(ArmSkuName.of("Standard_D2s_v3"), WE, PricingOs.WINDOWS, PricingPlan.PAYG))
                .contains(Money.of("0.212", "USD"));
        assertThat(book.diskTierMonthly(DiskTier.of("P10"), DiskRedundancy.LRS, WE))
                .contains(Money.of("21.68", "USD"));
    }

    @Test
    void aFailedQueryLeavesNoCacheAndExitsThree() throws Exception {
        server.on(filter(WE, 0), Reply.status(403, Map.of("Content-Type", "text/plain"), "forbidden"));
        int code = run("refresh", "--region", "westeurope", "--workspace", workspace.toString(),
                "--prices-endpoint", server.endpoint().toString());
        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).contains("HTTP 403");
        assertThat(cacheFiles()).as("no cache, not even a temporary file").isEmpty();
    }

    @Test
    void anUnknownCurrencyIsBadInput() {
        int code = run("refresh", "--region", "westeurope", "--currency", "XYZ1", "--workspace", workspace.toString(),
                "--prices-endpoint", server.endpoint().toString());
        assertThat(code).isEqualTo(2);
        assertThat(server.requests()).isEmpty();
    }
}
