import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.sun.net.httpserver.HttpServer;
import dev.cloudfit.assess.pricing.MeterKind;
import dev.cloudfit.assess.pricing.PriceBook;
import dev.cloudfit.assess.pricing.PriceBookBuilder;
import dev.cloudfit.assess.pricing.retail.PriceFilter;
import dev.cloudfit.assess.pricing.retail.PriceQuery;
import dev.cloudfit.assess.pricing.retail.RetailPriceSource;
import dev.cloudfit.assess.pricing.retail.RetailPricesSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Price refresh benchmark (not a test). Three modes, run by bench/prices-refresh.sh:
 *
 * <pre>
 *   pages   SHARED_DIR OUT_DIR   convert the radar VM + storage snapshots (westeurope) into raw API pages of 100
 *   serve   OUT_DIR REPEATS PORT_FILE   replay the pages REPEATS times on 127.0.0.1 (a free port)
 *   refresh ENDPOINT   run a full refresh through the client, the normaliser and a PriceBook builder, then
 *                      print rows, wall time and peak heap from the memory MXBeans
 * </pre>
 */
public class PricesRefreshBench {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "pages" -> pages(Path.of(args[1]), Path.of(args[2]));
            case "serve" -> serve(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            case "refresh" -> refresh(URI.create(args[1]));
            default -> throw new IllegalArgumentException("mode: pages | serve | refresh");
        }
    }

    // ---- pages: radar map format -> raw pages with a __NEXT__ placeholder for the NextPageLink ----

    static void pages(Path shared, Path out) throws IOException {
        Path radar = shared.resolve("fixtures/azure/retail-prices/radar-snapshots");
        Path dir = Files.createDirectories(out.resolve("pages"));
        JsonFactory json = new JsonFactory();
        int[] page = {0};
        int[] inPage = {0};
        long[] rows = {0};
        JsonGenerator[] gen = {null};
        for (String[] f : new String[][] {{"vm-eu-west.json", "Virtual Machines", "Compute", "DZH313Z7MMC8"},
                {"storage-eu-west.json", "Storage", "Storage", "DZH317F1HKN0"}}) {
            try (JsonParser p = json.createParser(radar.resolve(f[0]).toFile())) {
                p.nextToken();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String[] key = p.currentName().split("\\|", -1);
                    p.nextToken();
                    Map<String, Object> v = new java.util.HashMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        JsonToken t = p.nextToken();
                        v.put(name, t.isNumeric() ? p.getDecimalValue() : p.getText());
                    }
                    if (gen[0] == null) {
                        page[0]++;
                        gen[0] = json.createGenerator(dir.resolve("page-" + page[0] + ".json").toFile(),
                                com.fasterxml.jackson.core.JsonEncoding.UTF8);
                        gen[0].writeStartObject();
                        gen[0].writeStringField("BillingCurrency", "USD");
                        gen[0].writeStringField("CustomerEntityId", "Default");
                        gen[0].writeStringField("CustomerEntityType", "Retail");
                        gen[0].writeArrayFieldStart("Items");
                    }
                    writeItem(gen[0], key, v, f);
                    rows[0]++;
                    if (++inPage[0] == 100) {
                        closePage(gen[0], inPage[0]);
                        gen[0] = null;
                        inPage[0] = 0;
                    }
                }
            }
        }
        if (gen[0] != null) {
            closePage(gen[0], inPage[0]);
        }
        System.out.println("pages: " + rows[0] + " rows in " + page[0] + " raw pages of up to 100 under " + dir);
    }

    private static void writeItem(JsonGenerator g, String[] key, Map<String, Object> v, String[] service) throws IOException {
        String sku = (String) v.get("skuName");
        String product = (String) v.get("productName");
        g.writeStartObject();
        g.writeStringField("currencyCode", "USD");
        g.writeNumberField("tierMinimumUnits", BigDecimal.ZERO);
        g.writeNumberField("retailPrice", (BigDecimal) v.get("retailPrice"));
        g.writeNumberField("unitPrice", (BigDecimal) v.get("unitPrice"));
        g.writeStringField("armRegionName", (String) v.get("armRegionName"));
        g.writeStringField("location", "EU West");
        g.writeStringField("effectiveStartDate", "2026-08-01T00:00:00Z");
        g.writeStringField("meterId", key[1]);
        g.writeStringField("meterName", (String) v.get("meterName"));
        g.writeStringField("productId", key[0].substring(0, key[0].indexOf('/')));
        g.writeStringField("skuId", key[0]);
        g.writeStringField("productName", product);
        g.writeStringField("skuName", sku);
        g.writeStringField("serviceName", service[1]);
        g.writeStringField("serviceId", service[3]);
        g.writeStringField("serviceFamily", service[2]);
        g.writeStringField("unitOfMeasure", (String) v.get("unitOfMeasure"));
        g.writeStringField("type", key[2]);
        g.writeBooleanField("isPrimaryMeterRegion", true);
        String arm = "";
        if (service[1].equals("Virtual Machines")) {
            String s = sku.replaceAll(" (Spot|Low Priority)$", "");
            String prefix = product.matches(".* Series Basic( .*)?") ? "Basic_" : "Standard_";
            arm = s.regionMatches(true, 0, "Standard_", 0, 9) ? "Standard_" + s.substring(9) : prefix + s.replace(' ', '_');
        }
        g.writeStringField("armSkuName", arm);
        if (v.get("savingsPlanPrice") instanceof BigDecimal sp) {
            g.writeArrayFieldStart("savingsPlan");
            g.writeStartObject();
            g.writeNumberField("unitPrice", sp);
            g.writeNumberField("retailPrice", sp);
            g.writeStringField("term", "1 Year");
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void closePage(JsonGenerator g, int count) throws IOException {
        g.writeEndArray();
        g.writeStringField("NextPageLink", "__NEXT__");
        g.writeNumberField("Count", count);
        g.writeEndObject();
        g.close();
    }

    // ---- serve: replay pages 1..N, REPEATS times over, each linking to the next, the last to null ----

    static void serve(Path out, int repeats, Path portFile) throws IOException {
        Path dir = out.resolve("pages");
        int pages;
        try (var files = Files.list(dir)) {
            pages = (int) files.count();
        }
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 1; i <= pages; i++) {
            bodies.add(Files.readAllBytes(dir.resolve("page-" + i + ".json")));
        }
        int total = pages * repeats;
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/retail/prices";
        server.createContext("/", exchange -> {
            String q = exchange.getRequestURI().getRawQuery();
            int n = q != null && q.startsWith("page=") ? Integer.parseInt(q.substring(5)) : 1;
            String next = n < total ? "\"" + base + "?page=" + (n + 1) + "\"" : "null";
            // each repeat gets its own meter ids: the client refuses a chain that serves the same items twice
            int repeat = (n - 1) / pages;
            byte[] body = new String(bodies.get((n - 1) % pages), StandardCharsets.UTF_8)
                    .replace("\"__NEXT__\"", next)
                    .replace("\"meterId\":\"", "\"meterId\":\"r" + repeat + "-").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        });
        server.start();
        Files.writeString(portFile, base);
        System.out.println("serve: " + total + " pages (" + pages + " x " + repeats + ") at " + base);
    }

    // ---- refresh: the measured part ----

    static void refresh(URI endpoint) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        RetailPricesSettings settings = RetailPricesSettings.defaults("bench").withEndpoint(endpoint)
                .withRetries(3, Duration.ofMillis(100), Duration.ofSeconds(2)).withMaxPages(100_000);
        PriceBookBuilder builder = PriceBook.builder(Currency.getInstance("USD"), Instant.now(), new BigDecimal("730"));
        long start = System.nanoTime();
        new RetailPriceSource(settings).refresh(List.of(PriceQuery.of(PriceFilter.serviceName("Virtual Machines"))),
                builder);
        PriceBook book = builder.build();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long rows = 0;
        for (MeterKind k : MeterKind.values()) {
            rows += book.rowCount(k);
        }
        rows += book.rejectedRows();
        System.gc();
        long live = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        System.out.printf("refresh: rows=%d (rejected %d, duplicates %d) wall=%d ms (%.0f rows/s) "
                        + "peak-heap=%.1f MiB (sum of heap pool peaks) live-after-gc=%.1f MiB max-heap=%.0f MiB%n",
                rows, book.rejectedRows(), book.duplicateRows(), millis, rows * 1000.0 / Math.max(1, millis),
                peak / 1048576.0, live / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    }
}
