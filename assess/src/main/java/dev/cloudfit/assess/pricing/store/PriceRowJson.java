package dev.cloudfit.assess.pricing.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudfit.assess.pricing.ArmSkuName;
import dev.cloudfit.assess.pricing.MeterKind;
import dev.cloudfit.assess.pricing.MeterUnit;
import dev.cloudfit.assess.pricing.PlausiblePrice;
import dev.cloudfit.assess.pricing.PriceRow;
import dev.cloudfit.assess.pricing.PriceType;
import dev.cloudfit.assess.pricing.PricingOs;
import dev.cloudfit.assess.pricing.PricingUnit;
import dev.cloudfit.assess.pricing.PricingUnits;
import dev.cloudfit.assess.pricing.PrimaryMeterRegion;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.ReservationTerm;
import dev.cloudfit.assess.pricing.SavingsPlanPrice;
import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * One {@link PriceRow} as one JSON object (one line of a price file). Prices are written as exact decimals, so a
 * row read back equals the row written. The unit is kept as the API's {@code unitOfMeasure} text and looked up in
 * {@link PricingUnits} again on reading; an unknown unit, type or term, or an amount that is no
 * {@link PlausiblePrice}, is an {@link IllegalArgumentException}
 * (the caller names the file and line).
 */
final class PriceRowJson {

    private final ObjectMapper mapper;
    private final PricingUnits units;

    PriceRowJson(ObjectMapper mapper, PricingUnits units) {
        this.mapper = mapper;
        this.units = units;
    }

    ObjectNode write(PriceRow r) {
        ObjectNode o = mapper.createObjectNode();
        o.put("meterId", r.meterId());
        o.put("meterName", r.meterName());
        o.put("skuId", r.skuId());
        o.put("skuName", r.skuName());
        o.put("productName", r.productName());
        o.put("serviceName", r.serviceName());
        o.put("serviceFamily", r.serviceFamily());
        r.armSkuName().ifPresent(s -> o.put("armSkuName", s.value()));
        o.put("region", r.region().name());
        o.put("location", r.location());
        o.put("type", r.priceType().wireName());
        r.reservationTerm().ifPresent(t -> o.put("reservationTerm", t.wireName()));
        o.put("retailPrice", r.retailPrice().amount());
        o.put("unitPrice", r.unitPrice().amount());
        o.put("unitOfMeasure", r.unit().unitOfMeasure().text());
        o.put("tierMinimumUnits", r.tierMinimumUnits());
        o.put("primaryMeterRegion", r.primaryMeterRegion().name());
        r.effectiveStartDate().ifPresent(d -> o.put("effectiveStartDate", d.toString()));
        r.effectiveEndDate().ifPresent(d -> o.put("effectiveEndDate", d.toString()));
        if (!r.savingsPlan().isEmpty()) {
            ArrayNode plans = o.putArray("savingsPlan");
            for (SavingsPlanPrice p : r.savingsPlan()) {
                plans.addObject().put("term", p.term().wireName())
                        .put("retailPrice", p.retailPricePerHour().amount())
                        .put("unitPrice", p.unitPricePerHour().amount());
            }
        }
        o.put("kind", r.kind().name());
        r.os().ifPresent(os -> o.put("os", os.name()));
        return o;
    }

    PriceRow read(JsonNode o, Currency currency) {
        PriceType type = PriceType.fromWire(text(o, "type"))
                .orElseThrow(() -> new IllegalArgumentException("unknown type " + o.get("type")));
        Optional<ReservationTerm> term = optional(o, "reservationTerm").map(t -> ReservationTerm.fromWire(t)
                .orElseThrow(() -> new IllegalArgumentException("unknown reservation term " + t)));
        PricingUnit unit = units.lookup(MeterUnit.of(text(o, "unitOfMeasure"))).orElseThrow(
                () -> new IllegalArgumentException("unknown unitOfMeasure " + o.get("unitOfMeasure")));
        List<SavingsPlanPrice> plans = new ArrayList<>();
        JsonNode sp = o.get("savingsPlan");
        if (sp != null) {
            for (JsonNode p : sp) {
                ReservationTerm t = ReservationTerm.fromWire(text(p, "term"))
                        .orElseThrow(() -> new IllegalArgumentException("unknown savings-plan term " + p.get("term")));
                plans.add(new SavingsPlanPrice(t, money(p, "retailPrice", currency), money(p, "unitPrice", currency)));
            }
        }
        return new PriceRow(text(o, "meterId"), text(o, "meterName"), text(o, "skuId"), text(o, "skuName"),
                text(o, "productName"), text(o, "serviceName"), text(o, "serviceFamily"),
                optional(o, "armSkuName").map(ArmSkuName::of), Region.of(text(o, "region")), text(o, "location"),
                type, term, money(o, "retailPrice", currency), money(o, "unitPrice", currency), unit,
                decimal(o, "tierMinimumUnits"), PrimaryMeterRegion.valueOf(text(o, "primaryMeterRegion")),
                optional(o, "effectiveStartDate").map(Instant::parse), optional(o, "effectiveEndDate").map(Instant::parse),
                plans, MeterKind.valueOf(text(o, "kind")), optional(o, "os").map(PricingOs::valueOf));
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("field '" + field + "' missing or not text");
        }
        return v.textValue();
    }

    private static Optional<String> optional(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    private static BigDecimal decimal(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException("field '" + field + "' missing or not a number");
        }
        return v.decimalValue();
    }

    private static Money money(JsonNode o, String field, Currency currency) {
        BigDecimal amount = decimal(o, field);
        PlausiblePrice.problem(amount).ifPresent(problem -> {
            throw new IllegalArgumentException("field '" + field + "': " + problem);
        });
        return new Money(amount, currency);
    }
}
