package dev.cloudfit.vsphere.property;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A vim25 data object (e.g. {@code VirtualDisk}, {@code GuestNicInfo}): its type name and its
 * fields. A field that occurs several times (vim25 writes array fields of data objects as repeated
 * elements, without an {@code ArrayOf} wrapper) keeps all its values, in order.
 *
 * @param typeName the {@code xsi:type}, e.g. {@code VirtualDisk}; null when the XML did not say (a nested field of a declared type)
 * @param fields each field's values, in the order sent
 */
public record DataObjectValue(String typeName, Map<String, List<PropertyValue>> fields) implements PropertyValue {

    public DataObjectValue {
        Map<String, List<PropertyValue>> copy = new LinkedHashMap<>();
        Objects.requireNonNull(fields, "fields").forEach((k, v) -> copy.put(k, List.copyOf(v)));
        fields = Collections.unmodifiableMap(copy);
    }

    /** @return the first value of a field */
    public Optional<PropertyValue> field(String name) {
        List<PropertyValue> values = fields.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** @return every value of a (repeated) field, empty when absent */
    public List<PropertyValue> all(String name) {
        return fields.getOrDefault(name, List.of());
    }

    @Override
    public Optional<PropertyValue> path(String dottedPath) {
        int dot = dottedPath.indexOf('.');
        if (dot < 0) {
            return field(dottedPath);
        }
        return field(dottedPath.substring(0, dot)).flatMap(v -> v.path(dottedPath.substring(dot + 1)));
    }

    /** @return the text of the field at that path, when it is a scalar */
    public Optional<String> text(String dottedPath) {
        return path(dottedPath).flatMap(PropertyValue::text);
    }

    @Override
    public String toString() {
        return (typeName == null ? "" : typeName) + fields;
    }
}
