package dev.cloudfit.assess.onprem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.core.units.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code --onprem-costs FILE}: one JSON object whose fields are those of {@link OnPremCostInputs} (the
 * names of its Assumptions rows without {@code onprem.}), amounts as plain numbers in the file's
 * {@code currency}. A field left out keeps its default; an unknown field, a negative or non-numeric value is bad
 * input naming the field. Defaults are USD amounts, so a file in another currency must give every amount (they
 * are never converted). Example:
 * <pre>
 * { "currency": "EUR", "hardwarePerHost": 18000, "amortisationMonths": 60, "vmwareLicencePerCorePerYear": 320,
 *   "pricePerKwh": 0.21, "pricePerRackUnitPerMonth": 25, "adminHourlyRate": 70, "storagePerTibPerMonth": 22,
 *   "pue": 1.4 }
 * </pre>
 */
public final class OnPremCostsFile {

    private static final List<String> AMOUNTS = List.of("hardwarePerHost", "vmwareLicencePerCorePerYear",
            "pricePerKwh", "pricePerRackUnitPerMonth", "adminHourlyRate", "storagePerTibPerMonth");
    private static final Set<String> FIELDS = Set.of("currency", "mode", "hardwarePerHost", "amortisationMonths",
            "vmwareLicencePerCorePerYear", "minimumCoresPerSocket", "supportPercentPerYear", "wattsPerHost", "pue",
            "pricePerKwh", "hoursPerMonth", "rackUnitsPerHost", "pricePerRackUnitPerMonth",
            "adminHoursPerHostPerMonth", "adminHourlyRate", "storagePerTibPerMonth", "perVmMonthly", "termMonths");

    private OnPremCostsFile() {
    }

    public static OnPremCostInputs read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new BadInputException(InputLocation.of(file), "not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw new BadInputException(InputLocation.of(file), "expected one JSON object of on-premises cost inputs");
        }
        try {
            return parse(root);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(InputLocation.of(file), e.getMessage(), e);
        }
    }

    static OnPremCostInputs parse(JsonNode o) {
        for (Iterator<String> names = o.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown field '" + name + "'; known: " + FIELDS.stream().sorted()
                        .toList());
            }
        }
        OnPremCostInputs d = OnPremCostInputs.defaults();
        Currency currency = o.has("currency") ? currency(o.get("currency")) : d.currency();
        if (!currency.equals(d.currency())) {
            List<String> absent = new ArrayList<>();
            for (String a : AMOUNTS) {
                if (!o.has(a)) {
                    absent.add(a);
                }
            }
            if (!absent.isEmpty()) {
                throw new IllegalArgumentException("the defaults are " + d.currency() + " amounts and are never "
                        + "converted: with currency " + currency + " give " + String.join(", ", absent));
            }
        }
        OnPremCostMode mode = o.has("mode") ? mode(o.get("mode")) : d.mode();
        Optional<Money> perVm = o.has("perVmMonthly")
                ? Optional.of(new Money(number(o, "perVmMonthly"), currency)) : Optional.empty();
        return new OnPremCostInputs(currency, mode,
                money(o, "hardwarePerHost", d.hardwarePerHost(), currency),
                integer(o, "amortisationMonths", d.amortisationMonths()),
                money(o, "vmwareLicencePerCorePerYear", d.vmwareLicencePerCorePerYear(), currency),
                integer(o, "minimumCoresPerSocket", d.minimumCoresPerSocket()),
                decimal(o, "supportPercentPerYear", d.supportPercentPerYear()),
                decimal(o, "wattsPerHost", d.wattsPerHost()),
                decimal(o, "pue", d.pue()),
                money(o, "pricePerKwh", d.pricePerKwh(), currency),
                decimal(o, "hoursPerMonth", d.hoursPerMonth()),
                decimal(o, "rackUnitsPerHost", d.rackUnitsPerHost()),
                money(o, "pricePerRackUnitPerMonth", d.pricePerRackUnitPerMonth(), currency),
                decimal(o, "adminHoursPerHostPerMonth", d.adminHoursPerHostPerMonth()),
                money(o, "adminHourlyRate", d.adminHourlyRate(), currency),
                money(o, "storagePerTibPerMonth", d.storagePerTibPerMonth(), currency),
                perVm,
                integer(o, "termMonths", d.termMonths()));
    }

    private static Currency currency(JsonNode v) {
        try {
            return Currency.getInstance(v.asText().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field 'currency': '" + v.asText() + "' is not an ISO 4217 code");
        }
    }

    private static OnPremCostMode mode(JsonNode v) {
        try {
            return OnPremCostMode.valueOf(v.asText().trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field 'mode': '" + v.asText() + "' is not PER_HOST or PER_VM");
        }
    }

    private static BigDecimal number(JsonNode o, String field) {
        JsonNode v = o.get(field);
        BigDecimal n;
        if (v.isNumber()) {
            n = v.decimalValue();
        } else if (v.isTextual()) {
            try {
                n = new BigDecimal(v.textValue().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("field '" + field + "': '" + v.textValue() + "' is not a number");
            }
        } else {
            throw new IllegalArgumentException("field '" + field + "': expected a number");
        }
        if (n.signum() < 0) {
            throw new IllegalArgumentException("field '" + field + "' cannot be negative: " + n.toPlainString());
        }
        return n;
    }

    private static BigDecimal decimal(JsonNode o, String field, BigDecimal fallback) {
        return o.has(field) ? number(o, field) : fallback;
    }

    private static Money money(JsonNode o, String field, Money fallback, Currency currency) {
        return o.has(field) ? new Money(number(o, field), currency) : fallback;
    }

    private static int integer(JsonNode o, String field, int fallback) {
        if (!o.has(field)) {
            return fallback;
        }
        BigDecimal n = number(o, field);
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("field '" + field + "' must be a whole number: " + n.toPlainString());
        }
    }
}
