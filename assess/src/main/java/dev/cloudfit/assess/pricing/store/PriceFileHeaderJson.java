package dev.cloudfit.assess.pricing.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudfit.assess.pricing.Region;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The header line of a price file as JSON; the field {@code cloudfitPrices} holds the format version. */
final class PriceFileHeaderJson {

    static final String MARKER = "cloudfitPrices";

    private PriceFileHeaderJson() {
    }

    static ObjectNode write(ObjectMapper mapper, PriceFileHeader h) {
        ObjectNode o = mapper.createObjectNode();
        o.put(MARKER, h.format());
        o.put("currency", h.currency().getCurrencyCode());
        ArrayNode regions = o.putArray("regions");
        h.regions().forEach(r -> regions.add(r.name()));
        o.put("fetchedAt", h.fetchedAt().toString());
        o.put("endpoint", h.endpoint());
        o.put("apiVersion", h.apiVersion());
        o.put("writtenBy", h.writtenBy());
        o.put("rowsWritten", h.rowsWritten());
        ObjectNode kinds = o.putObject("rowsReadByKind");
        h.rowsReadByKind().forEach(kinds::put);
        o.put("rejectedRows", h.rejectedRows());
        ArrayNode sources = o.putArray("sources");
        for (PriceFileSource s : h.sources()) {
            sources.addObject().put("name", s.name()).put("region", s.region())
                    .put("dataDate", s.dataDate().toString()).put("origin", s.origin()).put("licence", s.licence());
        }
        return o;
    }

    static PriceFileHeader read(JsonNode o) {
        JsonNode marker = o.get(MARKER);
        if (marker == null || !marker.isInt()) {
            throw new IllegalArgumentException("not a cloudfit price file (no '" + MARKER + "' header)");
        }
        if (marker.intValue() != PriceFileHeader.FORMAT) {
            throw new IllegalArgumentException("price file format " + marker.intValue() + ", this cloudfit reads "
                    + PriceFileHeader.FORMAT);
        }
        List<Region> regions = new ArrayList<>();
        o.path("regions").forEach(r -> regions.add(Region.of(r.asText())));
        Map<String, Long> kinds = new LinkedHashMap<>();
        o.path("rowsReadByKind").fields().forEachRemaining(e -> kinds.put(e.getKey(), e.getValue().asLong()));
        List<PriceFileSource> sources = new ArrayList<>();
        for (JsonNode s : o.path("sources")) {
            sources.add(new PriceFileSource(s.path("name").asText(), s.path("region").asText(),
                    LocalDate.parse(s.path("dataDate").asText()), s.path("origin").asText(),
                    s.path("licence").asText()));
        }
        return new PriceFileHeader(marker.intValue(), Currency.getInstance(required(o, "currency")), regions,
                Instant.parse(required(o, "fetchedAt")), required(o, "endpoint"), required(o, "apiVersion"),
                required(o, "writtenBy"), o.path("rowsWritten").asLong(), kinds, o.path("rejectedRows").asLong(),
                sources);
    }

    private static String required(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("header field '" + field + "' missing");
        }
        return v.textValue();
    }
}
