package dev.cloudfit.assess.pricing.retail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.cloudfit.assess.pricing.PriceRowSink;
import dev.cloudfit.assess.pricing.PricingUnits;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a price snapshot in the azure-pricing-radar map format, a possible source for an offline price list. The
 * file is one JSON object whose keys are {@code skuId|meterId|type|reservationTerm} and whose values hold
 * {@code retailPrice, unitPrice, unitOfMeasure, productName, skuName, meterName, armRegionName} and an optional
 * {@code savingsPlanPrice} (the one-year savings-plan hourly price). It is streamed, item by item, through the
 * same normaliser as the API's pages.
 *
 * <p>The format lacks some API fields, filled in as follows: {@code serviceName} is the one the snapshot was
 * queried for (a parameter); {@code isPrimaryMeterRegion} and {@code effectiveStartDate} stay unknown;
 * {@code armSkuName}, for VM rows, is derived from {@code skuName}: the {@code " Spot"} / {@code " Low Priority"}
 * suffix removed, then a name already starting with {@code Standard_} kept as it is, otherwise spaces become
 * underscores behind {@code Standard_} ({@code D4s v5} → {@code Standard_D4s_v5}), or behind {@code Basic_} for
 * the {@code A Series Basic} products (Linux and Windows). This matches every VM row of the raw fixture pages except Dedicated Host
 * meters, which are never looked up by size.
 */
public final class RadarSnapshotReader {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern BASIC = Pattern.compile(" Series Basic( |$)");

    private RadarSnapshotReader() {
    }

    /** Reads a snapshot file; a malformed file is bad input naming the file. */
    public static void read(Path file, String serviceName, Currency currency, PriceRowSink sink) {
        try (InputStream in = Files.newInputStream(file)) {
            read(in, serviceName, currency, PricingUnits.builtIn(), sink);
        } catch (JsonProcessingException e) {
            throw new BadInputException(InputLocation.of(file), "not a radar price snapshot: "
                    + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Streams a snapshot into {@code sink}. */
    public static void read(InputStream in, String serviceName, Currency currency, PricingUnits units,
            PriceRowSink sink) throws IOException {
        RetailItemNormaliser normaliser = new RetailItemNormaliser(currency, units);
        try (JsonParser p = JSON.createParser(in)) {
            RetailItemReader.expect(p, p.nextToken(), JsonToken.START_OBJECT, "a JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                RetailItemReader.expect(p, p.nextToken(), JsonToken.START_OBJECT, "a price object");
                normaliser.normalise(item(p, key, serviceName, currency), sink);
            }
            RetailItemReader.expect(p, p.currentToken(), JsonToken.END_OBJECT, "the end of the snapshot");
        }
    }

    private static RetailItem item(JsonParser p, String key, String serviceName, Currency currency) throws IOException {
        String[] parts = key.split("\\|", -1);
        if (parts.length != 4) {
            throw new JsonParseException(p, "key '" + key + "' is not skuId|meterId|type|reservationTerm");
        }
        BigDecimal retailPrice = null;
        BigDecimal unitPrice = null;
        BigDecimal savingsPlanPrice = null;
        String unitOfMeasure = null;
        String productName = null;
        String skuName = null;
        String meterName = null;
        String armRegionName = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "retailPrice" -> retailPrice = RetailItemReader.number(p, value);
                case "unitPrice" -> unitPrice = RetailItemReader.number(p, value);
                case "savingsPlanPrice" -> savingsPlanPrice = RetailItemReader.number(p, value);
                case "unitOfMeasure" -> unitOfMeasure = RetailItemReader.text(p, value);
                case "productName" -> productName = RetailItemReader.text(p, value);
                case "skuName" -> skuName = RetailItemReader.text(p, value);
                case "meterName" -> meterName = RetailItemReader.text(p, value);
                case "armRegionName" -> armRegionName = RetailItemReader.text(p, value);
                default -> p.skipChildren();
            }
        }
        List<RetailItem.SavingsPlanItem> savingsPlan = savingsPlanPrice == null ? List.of()
                : List.of(new RetailItem.SavingsPlanItem(savingsPlanPrice, savingsPlanPrice, "1 Year"));
        String armSkuName = "Virtual Machines".equals(serviceName) && skuName != null
                ? deriveArmSkuName(skuName, productName == null ? "" : productName) : null;
        String skuId = parts[0];
        String productId = skuId.contains("/") ? skuId.substring(0, skuId.indexOf('/')) : skuId;
        return new RetailItem(currency.getCurrencyCode(), BigDecimal.ZERO, parts[3].isEmpty() ? null : parts[3],
                retailPrice, unitPrice, armRegionName, null, null, null, parts[1], meterName, productId, skuId,
                productName, skuName, serviceName, null, null, unitOfMeasure, parts[2], null, armSkuName,
                savingsPlan);
    }

    /** The ARM size name of a VM row's {@code skuName}; see the class comment for the rule. */
    static String deriveArmSkuName(String skuName, String productName) {
        String s = skuName.trim();
        for (String suffix : new String[] {" Spot", " Low Priority"}) {
            if (s.endsWith(suffix)) {
                s = s.substring(0, s.length() - suffix.length());
            }
        }
        if (s.regionMatches(true, 0, "Standard_", 0, 9)) {
            return "Standard_" + s.substring(9);
        }
        String prefix = BASIC.matcher(productName).find() ? "Basic_" : "Standard_";
        return prefix + s.replace(' ', '_');
    }
}
