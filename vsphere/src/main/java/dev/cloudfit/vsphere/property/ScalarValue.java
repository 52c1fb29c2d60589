package dev.cloudfit.vsphere.property;

import java.util.Objects;
import java.util.Optional;

/**
 * A value with no structure: a string, number, boolean, date or enum value. Nested fields of data
 * objects carry no {@code xsi:type} on the wire, so the type is often unknown (null) and the text is
 * kept as sent; the typed accessors parse it on demand and give empty when it does not parse.
 *
 * @param typeName the declared type ({@code string}, {@code long}, {@code VirtualMachinePowerState}), or null
 * @param value the text as sent
 */
public record ScalarValue(String typeName, String value) implements PropertyValue {

    public ScalarValue {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public Optional<String> text() {
        return Optional.of(value);
    }

    @Override
    public Optional<Long> longValue() {
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Boolean> booleanValue() {
        return switch (value.strip()) {
            case "true", "1" -> Optional.of(true);
            case "false", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
