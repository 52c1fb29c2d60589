package dev.cloudfit.vsphere.property;

import java.util.List;
import java.util.Objects;

/**
 * An {@code ArrayOf*} property value ({@code ArrayOfVirtualDevice}, {@code ArrayOfManagedObjectReference},
 * {@code ArrayOfString}), or the repeated occurrences of one field inside a data object.
 *
 * @param typeName the array type, e.g. {@code ArrayOfVirtualDevice}, or null for repeated fields
 * @param values the elements in the order sent
 */
public record ArrayValue(String typeName, List<PropertyValue> values) implements PropertyValue {

    public ArrayValue {
        values = List.copyOf(Objects.requireNonNull(values, "values"));
    }

    @Override
    public List<PropertyValue> elements() {
        return values;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
