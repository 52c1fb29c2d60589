package dev.cloudfit.assess.pricing.retail;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one price item object from a streaming parser, field by field, without building a tree. Unknown fields
 * (ACE's {@code Url}, future additions) are skipped; a field of the wrong JSON type is a parse error.
 */
final class RetailItemReader {

    private RetailItemReader() {
    }

    /** Reads the object the parser is at ({@code START_OBJECT}) and leaves it at the matching {@code END_OBJECT}. */
    static RetailItem read(JsonParser p) throws IOException {
        expect(p, p.currentToken(), JsonToken.START_OBJECT, "a price item");
        String currencyCode = null;
        BigDecimal tierMinimumUnits = null;
        String reservationTerm = null;
        BigDecimal retailPrice = null;
        BigDecimal unitPrice = null;
        String armRegionName = null;
        String location = null;
        String effectiveStartDate = null;
        String effectiveEndDate = null;
        String meterId = null;
        String meterName = null;
        String productId = null;
        String skuId = null;
        String productName = null;
        String skuName = null;
        String serviceName = null;
        String serviceId = null;
        String serviceFamily = null;
        String unitOfMeasure = null;
        String type = null;
        Boolean isPrimaryMeterRegion = null;
        String armSkuName = null;
        List<RetailItem.SavingsPlanItem> savingsPlan = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "currencyCode" -> currencyCode = text(p, value);
                case "tierMinimumUnits" -> tierMinimumUnits = number(p, value);
                case "reservationTerm" -> reservationTerm = text(p, value);
                case "retailPrice" -> retailPrice = number(p, value);
                case "unitPrice" -> unitPrice = number(p, value);
                case "armRegionName" -> armRegionName = text(p, value);
                case "location" -> location = text(p, value);
                case "effectiveStartDate" -> effectiveStartDate = text(p, value);
                case "effectiveEndDate" -> effectiveEndDate = text(p, value);
                case "meterId" -> meterId = text(p, value);
                case "meterName" -> meterName = text(p, value);
                case "productId" -> productId = text(p, value);
                case "skuId" -> skuId = text(p, value);
                case "productName" -> productName = text(p, value);
                case "skuName" -> skuName = text(p, value);
                case "serviceName" -> serviceName = text(p, value);
                case "serviceId" -> serviceId = text(p, value);
                case "serviceFamily" -> serviceFamily = text(p, value);
                case "unitOfMeasure" -> unitOfMeasure = text(p, value);
                case "type" -> type = text(p, value);
                case "isPrimaryMeterRegion" -> isPrimaryMeterRegion = bool(p, value);
                case "armSkuName" -> armSkuName = text(p, value);
                case "savingsPlan" -> savingsPlan = savingsPlan(p, value);
                default -> p.skipChildren();
            }
        }
        expect(p, p.currentToken(), JsonToken.END_OBJECT, "the end of a price item");
        return new RetailItem(currencyCode, tierMinimumUnits, reservationTerm, retailPrice, unitPrice, armRegionName,
                location, effectiveStartDate, effectiveEndDate, meterId, meterName, productId, skuId, productName,
                skuName, serviceName, serviceId, serviceFamily, unitOfMeasure, type, isPrimaryMeterRegion,
                armSkuName, savingsPlan);
    }

    private static List<RetailItem.SavingsPlanItem> savingsPlan(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return List.of();
        }
        expect(p, value, JsonToken.START_ARRAY, "the savingsPlan array");
        List<RetailItem.SavingsPlanItem> plans = new ArrayList<>(2);
        while (p.nextToken() == JsonToken.START_OBJECT) {
            BigDecimal unitPrice = null;
            BigDecimal retailPrice = null;
            String term = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                switch (field) {
                    case "unitPrice" -> unitPrice = number(p, v);
                    case "retailPrice" -> retailPrice = number(p, v);
                    case "term" -> term = text(p, v);
                    default -> p.skipChildren();
                }
            }
            plans.add(new RetailItem.SavingsPlanItem(unitPrice, retailPrice, term));
        }
        expect(p, p.currentToken(), JsonToken.END_ARRAY, "the end of the savingsPlan array");
        return plans;
    }

    static String text(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(p, value, JsonToken.VALUE_STRING, "a string for '" + p.currentName() + "'");
        return p.getText();
    }

    static BigDecimal number(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_NUMBER_INT && value != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new JsonParseException(p, "expected a number for '" + p.currentName() + "' but found " + value);
        }
        return p.getDecimalValue();
    }

    private static Boolean bool(JsonParser p, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> throw new JsonParseException(p, "expected true or false for '" + p.currentName() + "'");
        };
    }

    static void expect(JsonParser p, JsonToken actual, JsonToken expected, String what) throws IOException {
        if (actual != expected) {
            throw new JsonParseException(p, "expected " + what + " but found " + (actual == null ? "the end" : actual));
        }
    }
}
