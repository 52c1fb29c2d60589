package dev.cloudfit.assess.pricing.retail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.assess.pricing.ArmSkuName;
import dev.cloudfit.assess.pricing.DiskRedundancy;
import dev.cloudfit.assess.pricing.DiskTier;
import dev.cloudfit.assess.pricing.PriceBook;
import dev.cloudfit.assess.pricing.PriceBookBuilder;
import dev.cloudfit.assess.pricing.PricingOs;
import dev.cloudfit.assess.pricing.PricingPlan;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.SharedFixtures;
import dev.cloudfit.assess.pricing.retail.ReplayServer.Reply;
import dev.cloudfit.core.error.ExitCode;
import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetailPricesClientTest {

    private static final String VMS = "serviceName eq 'Virtual Machines'";
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json; charset=utf-8");
    private static final String EMPTY_PAGE =
            "{\"BillingCurrency\":\"USD\",\"CustomerEntityId\":\"Default\",\"Items\":[],\"NextPageLink\":null,\"Count\":0}";

    private ReplayServer server;
    private RetailPricesSettings settings;

    @BeforeEach
    void start() throws Exception {
        server = new ReplayServer();
        settings = RetailPricesSettings.defaults("test").withEndpoint(server.endpoint())
                .withRetries(4, Duration.ofMillis(10), Duration.ofSeconds(5))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<String> fetch(RetailPricesSettings s, PriceQuery query) {
        List<String> keys = new ArrayList<>();
        new RetailPricesClient(s).fetch(query, i -> keys.add(i.skuId() + "|" + i.meterId() + "|" + i.type()));
        return keys;
    }

    private static PriceQuery vms() {
        return PriceQuery.of(PriceFilter.serviceName("Virtual Machines"));
    }

    @Test
    void followsEveryPageThroughThrottlingErrorsAndABrokenBodyDeliveringEachRowOnce() throws Exception {
        Path fixture = SharedFixtures.retailPrices("raw-pages/retail-prices-unfiltered-skip100-2022-04-19.json");
        List<byte[]> pages = ReplayPages.split(fixture, 15, n -> server.pageLink(String.valueOf(n)));
        assertThat(pages).hasSize(7);
        server.on(VMS, Reply.json(pages.get(0)));
        server.on("2", Reply.status(429, Map.of("Retry-After", "1"), ""), Reply.json(pages.get(1)));
        server.on("3", Reply.json(pages.get(2)));
        server.on("4", Reply.status(500, JSON, "{\"Error\":{\"Code\":\"InternalError\"}}"), Reply.json(pages.get(3)));
        server.on("5", Reply.json(pages.get(4)));
        server.on("6", Reply.json(pages.get(5)).truncatedAt(pages.get(5).length / 2), Reply.json(pages.get(5)));
        server.on("7", Reply.json(pages.get(6)));

        long start = System.nanoTime();
        List<String> delivered = fetch(settings, vms());
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(delivered).hasSize(100).doesNotHaveDuplicates().isEqualTo(ReplayPages.itemKeys(fixture));
        assertThat(millis).as("Retry-After: 1 is honoured").isGreaterThanOrEqualTo(1000);
        assertThat(server.requests()).hasSize(10);
        ReplayServer.Request first = server.requests().get(0);
        assertThat(first.userAgent()).isEqualTo("cloudfit/test");
        assertThat(first.uri().getRawQuery()).isEqualTo(
                "api-version=2023-01-01-preview&currencyCode=%27USD%27&$filter=serviceName%20eq%20%27Virtual%20Machines%27");
        assertThat(server.requests().get(1).uri().getRawQuery()).isEqualTo("page=2");
    }

    @Test
    void runsSeveralQueriesAtOnceWithinTheBound() throws Exception {
        List<PriceQuery> queries = new ArrayList<>();
        int expected = 0;
        for (String name : List.of("aks-ultrassd", "asr-inferred-3", "key-vault-usage-patterns", "postgresql-burstable")) {
            Path fixture = SharedFixtures.retailPrices("ace-mocked/" + name + ".json");
            PriceFilter filter = PriceFilter.productNameContains(name);
            server.on(filter.render(), Reply.json(Files.readAllBytes(fixture)).delayed(300));
            queries.add(PriceQuery.of(filter));
            expected += ReplayPages.itemKeys(fixture).size();
        }
        List<String> delivered = new ArrayList<>();
        new RetailPricesClient(settings.withMaxParallelQueries(2)).fetchAll(queries, i -> delivered.add(i.meterId()));
        assertThat(delivered).hasSize(expected);
        assertThat(server.maxInFlight()).isEqualTo(2);
    }

    @Test
    void streamsIntoAPriceBookThroughTheNormaliser() throws Exception {
        Path fixture = SharedFixtures.retailPrices("ace-mocked/aks-ultrassd.json");
        server.on(VMS, Reply.json(Files.readAllBytes(fixture)));
        PriceBookBuilder builder = PriceBook.builder(Currency.getInstance("USD"), Instant.now(), new BigDecimal("730"));
        new RetailPriceSource(settings).refresh(List.of(vms()), builder);
        PriceBook book = builder.build();
        Region we = Region.of("westeurope");
        assertThat(book.vmHourly(ArmSkuName.of("Standard_D2s_v3"), we, PricingOs.WINDOWS, PricingPlan.PAYG))
                .contains(Money.of("0.212", "USD"));
        assertThat(book.diskTierMonthly(DiskTier.of("P10"), DiskRedundancy.LRS, we)).contains(Money.of("21.68", "USD"));
    }

    @Test
    void acceptsGzipBodies() throws Exception {
        Path fixture = SharedFixtures.retailPrices("ace-mocked/key-vault-usage-patterns.json");
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(zipped)) {
            gz.write(Files.readAllBytes(fixture));
        }
        server.on(VMS, new Reply(200, Map.of("Content-Type", "application/json", "Content-Encoding", "gzip"),
                zipped.toByteArray(), 0, -1, 0));
        assertThat(fetch(settings, vms())).isEqualTo(ReplayPages.itemKeys(fixture));
    }

    private void assertFails(RetailPricesSettings s, PriceQuery query, String... fragments) {
        assertThatThrownBy(() -> fetch(s, query))
                .isInstanceOfSatisfying(ExternalSystemException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.EXTERNAL);
                    assertThat(e.getMessage())
                            .startsWith("Azure Retail Prices API at " + server.endpoint() + ": ")
                            .doesNotContain("\n");
                    for (String f : fragments) {
                        assertThat(e.getMessage()).contains(f);
                    }
                });
    }

    @Test
    void malformedJsonIsFatalAndNamesTheUrlWithoutTheQuery() {
        server.on(VMS, Reply.json("{\"BillingCurrency\":\"USD\",\"Items\":[{\"meterId\": ]}"));
        assertFails(settings, vms(), "HTTP 200 with malformed JSON");
        assertThat(server.requests()).hasSize(1);
        assertThatThrownBy(() -> fetch(settings, vms())).message().doesNotContain("?").doesNotContain("filter");
    }

    @Test
    void aPageWithoutItemsOrWithWrongTypesIsMalformed() {
        server.on(VMS, Reply.json("{\"BillingCurrency\":\"USD\",\"NextPageLink\":null}"));
        assertFails(settings, vms(), "malformed JSON", "no Items array");
        server.on(VMS, Reply.json("{\"Items\":[{\"retailPrice\":\"0.1\"}],\"NextPageLink\":null}"));
        assertFails(settings, vms(), "expected a number for 'retailPrice'");
    }

    @Test
    void anHtmlPageIsNotAPriceList() {
        server.on(VMS, Reply.status(200, Map.of("Content-Type", "text/html"), "<html><body>Service Unavailable</body></html>"));
        assertFails(settings, vms(), "HTTP 200 with content type text/html instead of JSON");
        server.on(VMS, Reply.json("\n  <!DOCTYPE html><html></html>"));
        assertFails(settings, vms(), "HTTP 200 but the answer is not JSON (it starts with '<')");
    }

    @Test
    void anEmptyAnswerIsAnErrorUnlessAllowed() {
        server.on(VMS, Reply.json(EMPTY_PAGE));
        assertFails(settings, vms(), "no prices match serviceName eq 'Virtual Machines' (filter values are case-sensitive)");
        assertThat(fetch(settings, vms().mayBeEmpty())).isEmpty();
    }

    @Test
    void aTimeoutIsRetriedThenFatal() {
        server.on(VMS, Reply.json(EMPTY_PAGE).delayed(1500));
        RetailPricesSettings quick = settings.withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300))
                .withRetries(2, Duration.ofMillis(10), Duration.ofMillis(100));
        assertFails(quick, vms(), "no answer within 300 ms, gave up after 2 attempts");
    }

    @Test
    void aStalledBodyIsCutOffAndThePageFetchedAgainWithoutRepeats() throws Exception {
        Path fixture = SharedFixtures.retailPrices("raw-pages/retail-prices-unfiltered-skip81200-2022-04-19.json");
        byte[] page = ReplayPages.split(fixture, 100, n -> server.pageLink(String.valueOf(n))).get(0);
        server.on(VMS, Reply.json(page).stalledAt(page.length / 2, 3_000), Reply.json(page));
        RetailPricesSettings quick = settings.withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(500));
        long start = System.nanoTime();
        assertThat(fetch(quick, vms())).hasSize(100).isEqualTo(ReplayPages.itemKeys(fixture));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_500);
        assertThat(server.requests()).hasSize(2);
        server.on(VMS, Reply.json(page).stalledAt(page.length / 2, 3_000));
        assertFails(quick.withRetries(2, Duration.ofMillis(10), Duration.ofMillis(100)), vms(),
                "the page did not arrive within 500 ms, gave up after 2 attempts");
    }

    @Test
    void aPageThatShrinksBetweenAttemptsIsFatalRatherThanSilentlyShort() throws Exception {
        Path fixture = SharedFixtures.retailPrices("raw-pages/retail-prices-unfiltered-skip100-2022-04-19.json");
        byte[] full = ReplayPages.split(fixture, 100, n -> server.pageLink(String.valueOf(n))).get(0);
        byte[] small = ReplayPages.split(fixture, 3, n -> server.pageLink(String.valueOf(n))).get(0);
        server.on(VMS, Reply.json(full).truncatedAt(full.length / 2), Reply.json(small));
        assertFails(settings, vms(), "the page shrank from at least", "to 3 items between attempts");
    }

    @Test
    void a429StormBeyondTheAttemptBoundIsFatal() {
        server.on(VMS, Reply.status(429, Map.of("Retry-After", "0"), ""));
        assertFails(settings.withRetries(3, Duration.ofMillis(10), Duration.ofSeconds(1)), vms(),
                "HTTP 429, gave up after 3 attempts");
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void aRetryAfterBeyondTheLimitIsFatalRatherThanALongSleep() {
        server.on(VMS, Reply.status(503, Map.of("Retry-After", "3600"), ""));
        assertFails(settings, vms(), "HTTP 503 with Retry-After 3600 s, longer than the 5 s limit");
    }

    @Test
    void a4xxWithAzureErrorJsonIsFatalAtOnce() {
        server.on(VMS, Reply.status(400, JSON,
                "{\"Error\":{\"Code\":\"BadRequest\",\"Message\":\"Invalid OData parameters supplied\"}}"));
        assertFails(settings, vms(), "HTTP 400 (BadRequest: Invalid OData parameters supplied)");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void anotherCurrencyIsFatal() {
        server.on(VMS, Reply.json(EMPTY_PAGE.replace("USD", "EUR")));
        assertFails(settings, vms(), "answered in EUR instead of USD");
    }

    @Test
    void nextPageLinksMustStayOnTheEndpointAndNeverLoop() {
        server.on(VMS, Reply.json(EMPTY_PAGE.replace("null", "\"https://elsewhere.invalid/api/retail/prices?$skip=100\"")));
        assertFails(settings, vms(), "NextPageLink leaves the prices endpoint (https://elsewhere.invalid/api/retail/prices)");
        server.on(VMS, Reply.json(EMPTY_PAGE.replace("null", "\"" + server.pageLink("1") + "\"")));
        server.on("1", Reply.json(EMPTY_PAGE.replace("null", "\"" + server.pageLink("1") + "\"")));
        assertFails(settings, vms(), "NextPageLink points back to a page already read");
    }

    @Test
    void aChainLongerThanTheBoundIsARunaway() {
        for (int i = 1; i <= 5; i++) {
            server.on(i == 1 ? VMS : String.valueOf(i), Reply.json(PAGE_WITH_ONE_ITEM.replace("METER", "m" + i)
                    .replace("NEXT", "\"" + server.pageLink(String.valueOf(i + 1)) + "\"")));
        }
        assertFails(settings.withMaxPages(4), vms(), "NextPageLink runs on past 4 pages for one query");
        assertThat(server.requests()).hasSize(4);
    }

    @Test
    void theWholeFetchIsBoundedEvenWhileRetrying() {
        server.on(VMS, Reply.status(503, Map.of(), ""));
        RetailPricesSettings bounded = settings.withRetries(50, Duration.ofMillis(200), Duration.ofMillis(400))
                .withTotalTimeout(Duration.ofSeconds(1));
        long start = System.nanoTime();
        assertFails(bounded, vms(), "the refresh did not finish within 1 s (last: HTTP 503)");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void aPageThatNeverEndsIsCutAtTheItemBound() {
        StringBuilder page = new StringBuilder("{\"BillingCurrency\":\"USD\",\"Items\":[");
        for (int i = 0; i <= RetailPricesClient.MAX_ITEMS_PER_PAGE; i++) {
            page.append(i == 0 ? "" : ",").append("{\"meterId\":\"m").append(i).append("\"}");
        }
        server.on(VMS, Reply.json(page.append("],\"NextPageLink\":null}").toString()));
        assertFails(settings, vms(), "a page with more than 100000 items");
    }

    private static final String PAGE_WITH_ONE_ITEM = "{\"BillingCurrency\":\"USD\",\"Items\":[{\"meterId\":\"METER\","
            + "\"skuId\":\"s\",\"type\":\"Consumption\"}],\"NextPageLink\":NEXT}";
}
