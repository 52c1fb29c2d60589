package dev.cloudfit.assess.pricing.retail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Splits a recorded response into several raw pages whose NextPageLinks chain them together. */
final class ReplayPages {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReplayPages() {
    }

    /** The fixture's items, each as {@code skuId|meterId|type}, in file order: what a client must deliver. */
    static List<String> itemKeys(Path fixture) throws IOException {
        List<String> keys = new ArrayList<>();
        MAPPER.readTree(fixture.toFile()).get("Items").forEach(i -> keys.add(key(i)));
        return keys;
    }

    static String key(JsonNode item) {
        return item.get("skuId").asText() + "|" + item.get("meterId").asText() + "|" + item.get("type").asText();
    }

    /**
     * Pages of {@code perPage} items; page {@code n} (1-based) links to {@code nextLink.apply(n + 1)}, the last
     * to null.
     */
    static List<byte[]> split(Path fixture, int perPage, IntFunction<String> nextLink) throws IOException {
        JsonNode items = MAPPER.readTree(fixture.toFile()).get("Items");
        List<byte[]> pages = new ArrayList<>();
        int pageCount = (items.size() + perPage - 1) / perPage;
        for (int p = 0; p < pageCount; p++) {
            ObjectNode page = MAPPER.createObjectNode();
            page.put("BillingCurrency", "USD");
            page.put("CustomerEntityId", "Default");
            page.put("CustomerEntityType", "Retail");
            ArrayNode chunk = page.putArray("Items");
            for (int i = p * perPage; i < Math.min(items.size(), (p + 1) * perPage); i++) {
                chunk.add(items.get(i));
            }
            if (p + 1 < pageCount) {
                page.put("NextPageLink", nextLink.apply(p + 2));
            } else {
                page.putNull("NextPageLink");
            }
            page.put("Count", chunk.size());
            pages.add(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(page));
        }
        return pages;
    }
}
