package dev.cloudfit.cli;

import static dev.cloudfit.testkit.http.RetailPricesPages.disk;
import static dev.cloudfit.testkit.http.RetailPricesPages.page;
import static dev.cloudfit.testkit.http.RetailPricesPages.vm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.testkit.http.ScriptedHttpServer;
import dev.cloudfit.testkit.http.ScriptedReply;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code prices refresh} against hostile or broken Retail Prices servers, every one on loopback. Each case must
 * end within its time limit with exit 3 and one line on stderr (never exit 4, never a stack trace), and leave no
 * price cache behind.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostilePricesServerTest {

    private static final String GOOD_VMS = page(null, List.of(vm("westeurope", "USD", "0.5")));

    @TempDir
    Path workspace;

    private ScriptedHttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private CommandRun refresh(Function<URI, ScriptedReply> script, String... more) {
        server = ScriptedHttpServer.start(script);
        String[] base = {"prices", "refresh", "--region", "westeurope", "--workspace", workspace.toString(),
            "--prices-endpoint", server.url("/api/retail/prices").toString()};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CommandRun.of(args);
    }

    private CommandRun failsCleanly(CommandRun run) {
        run.failsWith(3);
        assertThat(run.err()).startsWith("cloudfit: error: Azure Retail Prices API at http://127.0.0.1:");
        assertThat(Files.exists(workspace.resolve("prices"))).as("no cache, no folder").isFalse();
        return run;
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aServerThatNeverSendsHeadersIsBoundedByTheRefreshTimeout() {
        CommandRun run = failsCleanly(refresh(uri -> ScriptedReply.json(GOOD_VMS).stallBeforeHeaders(),
                "--timeout", "3"));
        assertThat(run.err()).contains("the refresh did not finish within 3 s").contains("--timeout");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aServerThatStallsMidBodyIsBoundedByTheRefreshTimeout() {
        CommandRun run = failsCleanly(refresh(uri -> ScriptedReply.json(GOOD_VMS).stallAfter(40), "--timeout", "3"));
        assertThat(run.err()).contains("the refresh did not finish within 3 s");
    }

    @Test
    void aNextPageLinkBackToTheSamePageIsALoop() {
        // the first page links to page 1, which links to itself
        CommandRun run = failsCleanly(refresh(uri -> ScriptedReply.json(page(
                server.url("/api/retail/prices?page=1").toString(),
                List.of(vm("westeurope", "USD", uri.getQuery().equals("page=1") ? "0.6" : "0.5"))))));
        assertThat(run.err()).contains("NextPageLink points back to a page already read (a looping page chain)");
    }

    @Test
    void newLinksToTheSameItemsAreALoop() {
        AtomicInteger n = new AtomicInteger();
        CommandRun run = failsCleanly(refresh(uri -> ScriptedReply.json(page(
                server.url("/api/retail/prices?$skip=" + n.incrementAndGet()).toString(),
                List.of(vm("westeurope", "USD", "0.5"))))));
        assertThat(run.err()).contains("repeats the items of page 1 under another NextPageLink");
    }

    @Test
    void anEndlessChainOfNewPagesIsCutAtTheBound() {
        AtomicInteger n = new AtomicInteger();
        CommandRun run = failsCleanly(refresh(uri -> {
            int i = n.incrementAndGet();
            return ScriptedReply.json(page(server.url("/api/retail/prices?$skip=" + i).toString(),
                    List.of(vm("westeurope", "USD", "0." + i))));
        }));
        assertThat(run.err()).contains("NextPageLink runs on past 1000 pages for one query (a runaway page chain)");
    }

    @Test
    void aNextPageLinkToAnotherHostIsRefused() {
        CommandRun run = failsCleanly(refresh(uri -> ScriptedReply.json(page(
                "https://elsewhere.invalid/api/retail/prices?$skip=100", List.of(vm("westeurope", "USD", "0.5"))))));
        assertThat(run.err()).contains("NextPageLink leaves the prices endpoint (https://elsewhere.invalid/api/retail"
                + "/prices), which is never followed");
    }

    @Test
    void aRedirectToAnotherHostIsRefusedByTheSameRule() {
        CommandRun run = failsCleanly(refresh(uri -> ScriptedReply.redirect(302,
                "http://127.0.0.2:" + server.port() + "/api/retail/prices")));
        assertThat(run.err()).contains("HTTP 302 redirects to another host (http://127.0.0.2:")
                .contains("which is never followed");
        assertThat(server.requests()).allSatisfy(u -> assertThat(u.getPath()).isEqualTo("/api/retail/prices"));
    }

    @Test
    void aRedirectOnTheSameHostIsFollowed() {
        CommandRun run = refresh(uri -> {
            if (uri.getPath().equals("/api/retail/prices")) {
                return ScriptedReply.redirect(307, "/moved" + "?" + uri.getRawQuery());
            }
            String filter = PricesRefreshCommandLineTest.filter(uri);
            return ScriptedReply.json(filter.contains("Virtual Machines") ? GOOD_VMS
                    : filter.contains("'Storage'") ? page(null, List.of(disk("westeurope", "USD", "20")))
                    : page(null, List.of()));
        });
        assertThat(run.code()).as(run.err()).isZero();
    }

    @Test
    void malformedJsonIsAnExternalFailure() {
        CommandRun run = failsCleanly(refresh(uri -> ScriptedReply.json("{\"Items\":[{\"meterId\": ]}")));
        assertThat(run.err()).contains("HTTP 200 with malformed JSON");
    }

    @Test
    void deeplyNestedJsonIsAnExternalFailure() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        CommandRun run = failsCleanly(refresh(uri -> ScriptedReply.json("{\"Items\":[{\"x\":" + deep + "}]}")));
        assertThat(run.err()).contains("HTTP 200 with malformed JSON").contains("nesting depth");
    }

    @Test
    void nullsWhereObjectsBelongAreAnExternalFailure() {
        CommandRun run = failsCleanly(refresh(uri -> ScriptedReply.json("{\"Items\":[null],\"NextPageLink\":null}")));
        assertThat(run.err()).contains("malformed JSON");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS) // offline it used to take 50 s of retries
    void aHostNameThatDoesNotResolveFailsAtOnceAndSaysSo() {
        CommandRun run = CommandRun.of("prices", "refresh", "--region", "westeurope", "--workspace",
                workspace.toString(), "--prices-endpoint", "https://nonexistent.invalid/api/retail/prices");
        run.failsWith(3);
        assertThat(run.err()).contains("cannot resolve the host name nonexistent.invalid")
                .contains("name resolution (DNS) failed");
        assertThat(Files.exists(workspace.resolve("prices"))).isFalse();
    }
}
