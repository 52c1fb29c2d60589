package dev.cloudfit.assess.pricing.retail;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Streams one page envelope ({@code BillingCurrency, Items[], NextPageLink, Count, ...}) item by item to a
 * consumer; only the current item is in memory. {@code Count} is ignored: it counts this page, and one recorded
 * page says 4 with 3 items. A page without an {@code Items} array is malformed.
 */
final class RetailPageParser {

    /** What the envelope said besides the items. {@code nextPageLink} is null on the last page. */
    record PageSummary(String billingCurrency, String nextPageLink, long items) {
    }

    private RetailPageParser() {
    }

    /**
     * Parses a whole page. The first {@code alreadyDelivered} items are read but not passed on: they were
     * delivered by an earlier attempt at the same page that failed part-way.
     */
    static PageSummary parse(JsonParser p, Consumer<RetailItem> sink, long alreadyDelivered) throws IOException {
        RetailItemReader.expect(p, p.nextToken(), JsonToken.START_OBJECT, "a JSON object");
        String billingCurrency = null;
        String nextPageLink = null;
        boolean sawItems = false;
        long items = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "BillingCurrency" -> billingCurrency = RetailItemReader.text(p, value);
                case "NextPageLink" -> nextPageLink = RetailItemReader.text(p, value);
                case "Items" -> {
                    RetailItemReader.expect(p, value, JsonToken.START_ARRAY, "the Items array");
                    sawItems = true;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        RetailItem item = RetailItemReader.read(p);
                        if (items >= alreadyDelivered) {
                            sink.accept(item);
                        }
                        items++;
                    }
                    RetailItemReader.expect(p, p.currentToken(), JsonToken.END_ARRAY, "an item or the end of Items");
                }
                default -> p.skipChildren();
            }
        }
        RetailItemReader.expect(p, p.currentToken(), JsonToken.END_OBJECT, "the end of the page");
        if (p.nextToken() != null) {
            throw new JsonParseException(p, "unexpected content after the page object");
        }
        if (!sawItems) {
            throw new JsonParseException(p, "the page has no Items array");
        }
        return new PageSummary(billingCurrency, nextPageLink, items);
    }
}
