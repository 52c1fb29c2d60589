package dev.cloudfit.assess.catalog.refresh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.catalog.DiskTierSpec;
import dev.cloudfit.assess.catalog.Region;
import dev.cloudfit.assess.catalog.VmSizeName;
import dev.cloudfit.assess.catalog.VmSizeSpec;
import dev.cloudfit.assess.catalog.refresh.arm.ArmResourceSkus;
import dev.cloudfit.core.error.ExternalSystemException;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

/**
 * {@code catalog refresh} through the real Azure SDK against our fake ARM server: recorded-shape
 * Resource SKUs pages with a {@code nextLink}, a 429 with {@code Retry-After}, and a 401.
 */
class CatalogRefreshArmTest {

    private static final String SUBSCRIPTION = "00000000-0000-0000-0000-000000000001";
    private static final String TOKEN = "test-token-not-a-secret";
    private static final Instant NOW = Instant.parse("2026-11-25T06:00:00Z");

    /** A credential of our own for our own fake server: hands out a fixed bearer token. */
    private static final TokenCredential CREDENTIAL = request ->
            Mono.just(new AccessToken(TOKEN, OffsetDateTime.now().plusHours(1)));

    @TempDir
    Path tmp;

    private FakeArmServer arm;

    @BeforeEach
    void start() {
        arm = FakeArmServer.start(tmp);
    }

    @AfterEach
    void stop() {
        arm.close();
    }

    /** An SDK HTTP client that trusts the fake server's certificate and nothing else. */
    private HttpClient trustingOnlyTheFake() {
        try {
            var ssl = SslContextBuilder.forClient().trustManager(arm.certificate()).build();
            return new NettyAsyncHttpClientBuilder(reactor.netty.http.client.HttpClient.create()
                    .secure(spec -> spec.sslContext(ssl))).build();
        } catch (SSLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String page(String name) {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", arm.endpoint().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void pagesAreFollowed_a429IsRetriedAfterItsDelay_andTheDatedCatalogIsPreferredByAssessments() throws Exception {
        AtomicInteger page2Calls = new AtomicInteger();
        arm.handler((r, x) -> {
            if (!("Bearer " + TOKEN).equals(r.authorization())) {
                FakeArmServer.respond(x, 401, "{\"error\":{\"code\":\"InvalidAuthenticationToken\"}}", null);
            } else if (r.query() != null && r.query().contains("skiptoken=page2")) {
                if (page2Calls.incrementAndGet() == 1) {
                    FakeArmServer.respond(x, 429, "{\"error\":{\"code\":\"TooManyRequests\"}}", "1");
                } else {
                    FakeArmServer.respond(x, 200, page("skus-page2.json"), null);
                }
            } else {
                FakeArmServer.respond(x, 200, page("skus-page1.json"), null);
            }
        });
        ArmResourceSkus source = ArmResourceSkus.connect(CREDENTIAL, SUBSCRIPTION, arm.endpoint(), trustingOnlyTheFake());
        long t0 = System.nanoTime();
        CatalogRefresh.Result r = CatalogRefresh.run(source, java.util.List.of("WestEurope"), tmp.resolve("ws"), NOW);
        long elapsedMs = (System.nanoTime() - t0) / 1_000_000;

        // requests: the first page with the documented path, api-version and location filter; page 2 twice
        var first = arm.requests().get(0);
        assertThat(first.path()).isEqualTo("/subscriptions/" + SUBSCRIPTION + "/providers/Microsoft.Compute/skus");
        String query = URLDecoder.decode(first.query(), StandardCharsets.UTF_8);
        assertThat(query).contains("api-version=2021-07-01").contains("$filter=location eq 'westeurope'");
        assertThat(page2Calls).hasValue(2);
        assertThat(elapsedMs).isGreaterThanOrEqualTo(1000); // waited for Retry-After: 1
        assertThat(arm.requests()).allMatch(q -> ("Bearer " + TOKEN).equals(q.authorization()));

        assertThat(r.vmSkusRead()).isEqualTo(4);
        assertThat(r.sizesUpdated()).isEqualTo(3);
        assertThat(r.sizesNotInCatalog()).isEqualTo(1); // Standard_Q2_v99
        assertThat(r.restrictedInRegion()).isEqualTo(1); // D4s_v5: NotAvailableForSubscription
        assertThat(r.zoneRestricted()).isEqualTo(1); // E4s_v5 zone 3
        assertThat(r.diskTiersUpdated()).isEqualTo(1); // E4 from the LRS SKU only
        assertThat(r.folder()).isEqualTo(tmp.resolve("ws/catalog/20261125T060000Z"));
        assertThat(r.date()).isEqualTo(LocalDate.of(2026, 11, 25));

        AzureCatalog refreshed = WorkspaceCatalog.forAssessment(tmp.resolve("ws"));
        assertThat(refreshed.version().datasetDate()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(refreshed.version().description()).contains("Resource SKUs API").contains("westeurope")
                .contains(arm.endpoint().toString()).doesNotContain(TOKEN);
        VmSizeSpec d2 = refreshed.vmSize(VmSizeName.of("Standard_D2s_v5")).orElseThrow();
        assertThat(d2.uncachedDiskThroughput().orElseThrow().toMegabytesPerSecond()).isEqualTo(131.072);
        assertThat(d2.vcpusPerCore()).hasValue(2);
        assertThat(d2.source().title()).contains("Resource SKUs API");
        Region westeurope = Region.of("westeurope");
        assertThat(d2.isKnownAvailableIn(westeurope)).isTrue();
        assertThat(refreshed.vmSize(VmSizeName.of("Standard_D4s_v5")).orElseThrow().isKnownAvailableIn(westeurope)).isFalse();
        // still listed for the regions the refresh did not ask about
        assertThat(refreshed.vmSize(VmSizeName.of("Standard_D4s_v5")).orElseThrow().isKnownAvailableIn(Region.of("northeurope"))).isTrue();
        // E4s_v5 is listed in westeurope by the bundled list (az vm list-skus, 2026-08-01) and by the refresh (zone 3 aside)
        assertThat(AzureCatalog.bundled().vmSize(VmSizeName.of("Standard_E4s_v5")).orElseThrow().isKnownAvailableIn(westeurope)).isTrue();
        assertThat(refreshed.vmSize(VmSizeName.of("Standard_E4s_v5")).orElseThrow().isKnownAvailableIn(westeurope)).isTrue();
        DiskTierSpec e4 = refreshed.diskTier("E4").orElseThrow();
        assertThat(e4.baseIops()).isEqualTo(500);
        assertThat(e4.baseThroughput().toMegabytesPerSecond()).isEqualTo(60.0);
        assertThat(e4.source().title()).contains("Resource SKUs API");
        assertThat(refreshed.diskTier("E6").orElseThrow().source().title()).doesNotContain("Resource SKUs API");
        assertThat(refreshed.vmSize(VmSizeName.of("Standard_Q2_v99"))).isEmpty();
        // no half-written folder left behind
        try (var s = Files.list(tmp.resolve("ws/catalog"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("20261125T060000Z");
        }
        // without a refreshed catalog, the bundled one
        assertThat(WorkspaceCatalog.forAssessment(tmp.resolve("other"))).isSameAs(AzureCatalog.bundled());
    }

    @Test
    void a401IsOneExternalSystemLine_andNoCatalogIsWritten() {
        arm.handler((r, x) -> FakeArmServer.respond(x, 401,
                "{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"The access token is invalid.\"}}", null));
        ArmResourceSkus source = ArmResourceSkus.connect(CREDENTIAL, SUBSCRIPTION, arm.endpoint(), trustingOnlyTheFake());

        assertThatThrownBy(() -> CatalogRefresh.run(source, java.util.List.of("westeurope"), tmp.resolve("ws"), NOW))
                .isInstanceOf(ExternalSystemException.class)
                .hasMessageContaining("401")
                .hasMessageContaining("Reader on subscription " + SUBSCRIPTION)
                .hasMessageNotContaining("\n")
                .hasMessageNotContaining(TOKEN);
        assertThat(tmp.resolve("ws/catalog")).doesNotExist();
    }

    @Test
    @org.junit.jupiter.api.Timeout(30)
    void aServerThatStallsIsCutOffAtTheDeadline_oneLineNamesWhatTimedOut_andTheCatalogKept() throws Exception {
        // an earlier refresh left a catalog; this one must not replace it with a half-read one
        Files.createDirectories(tmp.resolve("ws/catalog/20261101T000000Z"));
        Files.writeString(tmp.resolve("ws/catalog/20261101T000000Z/catalog.json"), "{}");
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        arm.handler((r, x) -> {
            if (r.query() != null && r.query().contains("skiptoken=page2")) {
                try {
                    release.await(25, java.util.concurrent.TimeUnit.SECONDS); // page 2 never comes in time
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                FakeArmServer.respond(x, 200, page("skus-page2.json"), null);
            } else {
                FakeArmServer.respond(x, 200, page("skus-page1.json"), null);
            }
        });
        ArmResourceSkus source = ArmResourceSkus.connect(CREDENTIAL, SUBSCRIPTION, arm.endpoint(), trustingOnlyTheFake());
        long t0 = System.nanoTime();
        try {
            assertThatThrownBy(() -> CatalogRefresh.run(source, java.util.List.of("westeurope", "northeurope"),
                    tmp.resolve("ws"), NOW, java.time.Duration.ofSeconds(2)))
                    .isInstanceOf(ExternalSystemException.class)
                    .hasMessageStartingWith("catalog refresh did not finish within 2 s (--timeout): it was reading "
                            + "Resource SKUs for westeurope (0 region(s) done, ")
                    .hasMessageEndingWith("; nothing was written, so the workspace keeps its catalog "
                            + "catalog/20261101T000000Z; try again later or raise --timeout")
                    .hasMessageNotContaining("\n");
        } finally {
            release.countDown();
        }
        long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(elapsedMs).isBetween(1_900L, 10_000L);
        try (var s = Files.list(tmp.resolve("ws/catalog"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("20261101T000000Z");
        }
    }

    @Test
    void theDefaultHttpClientDoesNotTrustTheFakeCertificate() {
        arm.handler((r, x) -> FakeArmServer.respond(x, 200, page("skus-page2.json"), null));
        ArmResourceSkus source = ArmResourceSkus.connect(CREDENTIAL, SUBSCRIPTION, arm.endpoint(), null);

        assertThatThrownBy(() -> source.forEach("westeurope", s -> { }))
                .isInstanceOf(ExternalSystemException.class);
        assertThat(arm.requests()).isEmpty();
    }
}
