package dev.cloudfit.cli;

import static dev.cloudfit.testkit.http.RetailPricesPages.disk;
import static dev.cloudfit.testkit.http.RetailPricesPages.page;
import static dev.cloudfit.testkit.http.RetailPricesPages.vm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.testkit.http.ScriptedHttpServer;
import dev.cloudfit.testkit.http.ScriptedReply;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code prices refresh} against a scripted Retail Prices server on loopback: a refresh whose rows are all
 * rejected must fail (exit 3) and leave the cache as it was; a poisoned cache must never shadow a good source.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PricesRefreshCommandLineTest {

    @TempDir
    Path workspace;

    private ScriptedHttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Answers the VM, disk and AVS queries of a refresh with these items (the AVS query: none). */
    private void serve(List<String> vmItems, List<String> diskItems) {
        server = ScriptedHttpServer.start(uri -> {
            String filter = filter(uri);
            if (filter.contains("Virtual Machines")) {
                return ScriptedReply.json(page(null, vmItems));
            }
            if (filter.contains("'Storage'")) {
                return ScriptedReply.json(page(null, diskItems));
            }
            return ScriptedReply.json(page(null, List.of()));
        });
    }

    static String filter(URI uri) {
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        for (String part : query.split("&")) {
            if (part.startsWith("$filter=")) {
                return URLDecoder.decode(part.substring("$filter=".length()), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    private CommandRun refresh(String region) {
        return CommandRun.of("prices", "refresh", "--region", region, "--workspace", workspace.toString(),
                "--prices-endpoint", server.url("/api/retail/prices").toString());
    }

    private Map<String, Long> cache() throws IOException {
        Map<String, Long> files = new TreeMap<>();
        Path dir = workspace.resolve("prices");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> list = Files.list(dir)) {
                for (Path f : list.toList()) {
                    files.put(f.getFileName().toString(), Files.size(f));
                }
            }
        }
        return files;
    }

    @Test
    void aGoodRefreshWritesACacheThatLaterRunsUse() throws Exception {
        serve(List.of(vm("westeurope", "USD", "0.5")), List.of(disk("westeurope", "USD", "20")));
        CommandRun run = refresh("westeurope");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(cache()).hasSize(1);
        CommandRun show = CommandRun.of("prices", "show", "--region", "westeurope", "--workspace",
                workspace.toString());
        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.out()).contains("Prices: workspace price cache");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "negative prices         | westeurope | USD | -1",
        "null prices             | westeurope | USD | null",
        "an absurd price         | westeurope | USD | 1e999",
        "a price with 40 decimals| westeurope | USD | 0.0000000000000000000000000000000000000001",
        "another currency        | westeurope | EUR | 0.5",
        "another region          | eastus     | USD | 0.5",
    })
    void aRefreshWhoseRowsAreAllRejectedExitsThreeAndLeavesTheCacheAsItWas(String why, String region,
            String currency, String price) throws Exception {
        serve(List.of(vm("westeurope", "USD", "0.5")), List.of(disk("westeurope", "USD", "20")));
        assertThat(refresh("westeurope").code()).isZero();
        Map<String, Long> before = cache();
        server.close();

        serve(List.of(vm(region, currency, price)), List.of(disk(region, currency, price)));
        CommandRun run = refresh("westeurope").failsWith(3);
        assertThat(run.err()).contains("westeurope has no VM prices and no disk prices that pass validation")
                .contains("the price cache was left unchanged");
        assertThat(cache()).as(why).isEqualTo(before);
    }

    @Test
    void aRegionWithVmsButNoDiskPricesIsRefusedAndNoFolderIsLeftBehind() throws Exception {
        serve(List.of(vm("westeurope", "USD", "0.5")), List.of(disk("westeurope", "USD", "-3")));
        CommandRun run = refresh("westeurope").failsWith(3);
        assertThat(run.err()).contains("westeurope has no disk prices that pass validation (2 rows read, 1 rejected "
                + "(first: retailPrice: negative price -3))");
        assertThat(workspace.resolve("prices")).doesNotExist();
    }

    @Test
    void anAbsurdRowAmongGoodOnesIsRejectedAndTheRestIsKept() throws Exception {
        serve(List.of(vm("westeurope", "USD", "0.5"), vm("westeurope", "USD", "1e999").replace("vm-westeurope",
                "vm-poison")), List.of(disk("westeurope", "USD", "20")));
        CommandRun run = refresh("westeurope");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("rows kept    2 ").contains("rejected     1");
    }

    @Test
    void aPoisonedOrEmptyCacheNeverShadowsTheEmbeddedSnapshotSilently() throws Exception {
        Path dir = Files.createDirectories(workspace.resolve("prices"));
        String header = "{\"cloudfitPrices\":1,\"currency\":\"USD\",\"regions\":[\"westeurope\"],"
                + "\"fetchedAt\":\"2026-12-01T00:00:00Z\",\"endpoint\":\"http://127.0.0.1/x\","
                + "\"apiVersion\":\"2023-01-01-preview\",\"writtenBy\":\"test\",\"rowsWritten\":%d,"
                + "\"rowsReadByKind\":{},\"rejectedRows\":0,\"sources\":[]}";
        gzip(dir.resolve("prices-USD-20261201T000000Z.jsonl.gz"), String.format(header, 0) + "\n");
        CommandRun empty = CommandRun.of("prices", "show", "--region", "westeurope", "--workspace",
                workspace.toString());
        assertThat(empty.code()).as(empty.err()).isZero();
        assertThat(empty.out()).contains("Prices: embedded snapshot");
        assertThat(empty.err()).contains("price cache skipped: prices-USD-20261201T000000Z.jsonl.gz: westeurope has "
                + "no VM prices and no disk prices");

        String row = "{\"meterId\":\"m\",\"meterName\":\"D2s v5\",\"skuId\":\"s\",\"skuName\":\"D2s v5\","
                + "\"productName\":\"Virtual Machines Dsv5 Series\",\"serviceName\":\"Virtual Machines\","
                + "\"serviceFamily\":\"Compute\",\"armSkuName\":\"Standard_D2s_v5\",\"region\":\"westeurope\","
                + "\"location\":\"\",\"type\":\"Consumption\",\"retailPrice\":1e999,\"unitPrice\":1e999,"
                + "\"unitOfMeasure\":\"1 Hour\",\"tierMinimumUnits\":0,\"primaryMeterRegion\":\"PRIMARY\","
                + "\"kind\":\"VM\",\"os\":\"LINUX\"}";
        gzip(dir.resolve("prices-USD-20261202T000000Z.jsonl.gz"), String.format(header, 1)
                .replace("2026-12-01", "2026-12-02") + "\n" + row + "\n");
        CommandRun poisoned = CommandRun.of("prices", "show", "--region", "westeurope", "--workspace",
                workspace.toString());
        assertThat(poisoned.code()).as(poisoned.err()).isZero();
        assertThat(poisoned.out()).contains("Prices: embedded snapshot");
        assertThat(poisoned.err()).contains("price cache skipped: prices-USD-20261202T000000Z.jsonl.gz: damaged")
                .contains("line 2");
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
