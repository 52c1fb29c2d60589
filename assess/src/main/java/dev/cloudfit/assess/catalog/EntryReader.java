package dev.cloudfit.assess.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the fields of one JSON object in a catalog file and turns every problem (missing, wrong
 * type, negative, unknown enum value) into a {@link CatalogException} that names the file and the entry.
 * A field that is absent or {@code null} where the reader allows it means "the source gives no figure".
 */
final class EntryReader {

    private final String file;
    private final String entry;
    private final JsonNode node;
    private final boolean userSupplied;

    EntryReader(String file, String entry, JsonNode node, boolean userSupplied) {
        this.file = file;
        this.entry = entry;
        this.node = node;
        this.userSupplied = userSupplied;
    }

    CatalogException fail(String problem) {
        return new CatalogException(file, entry, problem, userSupplied, null);
    }

    String file() {
        return file;
    }

    /** A reader for an object nested under {@code field}, reported as {@code entryName}. */
    EntryReader object(String field, String entryName) {
        JsonNode child = present(field);
        if (child == null || !child.isObject()) {
            throw fail("'" + field + "' must be an object");
        }
        return new EntryReader(file, entryName, child, userSupplied);
    }

    Optional<EntryReader> optObject(String field, String entryName) {
        return present(field) == null ? Optional.empty() : Optional.of(object(field, entryName));
    }

    /** The objects of the array {@code field}; each is named by its {@code nameField}, or by position. */
    List<EntryReader> objects(String field, String nameField) {
        JsonNode array = present(field);
        if (array == null || !array.isArray()) {
            throw fail("'" + field + "' must be an array");
        }
        List<EntryReader> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            JsonNode label = element.get(nameField);
            String name = label != null && label.isTextual() ? label.asText() : field + "[" + i + "]";
            if (!element.isObject()) {
                throw new CatalogException(file, name, "must be an object", userSupplied, null);
            }
            out.add(new EntryReader(file, name, element, userSupplied));
        }
        return out;
    }

    /** True when the field is present and not null. */
    boolean has(String field) {
        return present(field) != null;
    }

    /** The field names of this object, in file order. */
    List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    String text(String field) {
        return optText(field).orElseThrow(() -> fail("required field '" + field + "' is missing"));
    }

    Optional<String> optText(String field) {
        JsonNode v = present(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw fail("'" + field + "' must be a non-empty string");
        }
        return Optional.of(v.asText());
    }

    List<String> texts(String field) {
        JsonNode v = present(field);
        if (v == null || !v.isArray()) {
            throw fail("required array '" + field + "' is missing");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isTextual() || e.asText().isBlank()) {
                throw fail("'" + field + "' must hold non-empty strings");
            }
            out.add(e.asText());
        }
        return out;
    }

    int positiveInt(String field) {
        int v = requiredInt(field);
        if (v <= 0) {
            throw fail("'" + field + "' must be positive, was " + v);
        }
        return v;
    }

    int nonNegativeInt(String field) {
        return requiredInt(field);
    }

    OptionalInt optNonNegativeInt(String field) {
        JsonNode v = present(field);
        return v == null ? OptionalInt.empty() : OptionalInt.of(checkInt(field, v));
    }

    double nonNegativeNumber(String field) {
        return optNonNegativeNumber(field).orElseThrow(() -> fail("required field '" + field + "' is missing"));
    }

    OptionalDouble optNonNegativeNumber(String field) {
        JsonNode v = present(field);
        if (v == null) {
            return OptionalDouble.empty();
        }
        if (!v.isNumber()) {
            throw fail("'" + field + "' must be a number, was " + v);
        }
        double d = v.asDouble();
        if (d < 0 || Double.isNaN(d) || Double.isInfinite(d)) {
            throw fail("'" + field + "' must not be negative, was " + v);
        }
        return OptionalDouble.of(d);
    }

    boolean bool(String field) {
        JsonNode v = present(field);
        if (v == null || !v.isBoolean()) {
            throw fail("required true/false field '" + field + "' is missing");
        }
        return v.asBoolean();
    }

    LocalDate date(String field) {
        return optDate(field).orElseThrow(() -> fail("required date '" + field + "' is missing"));
    }

    Optional<LocalDate> optDate(String field) {
        Optional<String> s = optText(field);
        try {
            return s.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw fail("'" + field + "' must be a date like 2025-03-04, was '" + s.get() + "'");
        }
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        return parseEnum(field, text(field), type);
    }

    <E extends Enum<E>> Set<E> enumSet(String field, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        for (String s : texts(field)) {
            out.add(parseEnum(field, s, type));
        }
        if (out.isEmpty()) {
            throw fail("'" + field + "' must not be empty");
        }
        return out;
    }

    private <E extends Enum<E>> E parseEnum(String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail("'" + field + "' has unknown value '" + value + "', expected one of " + EnumSet.allOf(type));
        }
    }

    private int requiredInt(String field) {
        JsonNode v = present(field);
        if (v == null) {
            throw fail("required field '" + field + "' is missing");
        }
        return checkInt(field, v);
    }

    private int checkInt(String field, JsonNode v) {
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw fail("'" + field + "' must be a whole number, was " + v);
        }
        if (v.asInt() < 0) {
            throw fail("'" + field + "' must not be negative, was " + v.asInt());
        }
        return v.asInt();
    }

    /** The field's value, or null when it is absent or JSON null. */
    private JsonNode present(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }
}
