package dev.cloudfit.vsphere.property;

import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.util.List;
import java.util.Optional;

/**
 * A property value as vCenter sent it, in a small neutral tree instead of generated vim25 classes:
 * a {@link ScalarValue} (text with its declared type), a {@link ReferenceValue} (a managed object
 * reference), an {@link ArrayValue} ({@code ArrayOf*}) or a {@link DataObjectValue} (a data object
 * with its type name and fields). Callers map the few fields they need into their own model;
 * nothing outside this package sees XML.
 *
 * <p>The accessors below return empty (or the default) when the value is of another kind, so a
 * mapper reads {@code value.path("backing.fileName").flatMap(PropertyValue::text)} without casts.
 */
public sealed interface PropertyValue permits ScalarValue, ReferenceValue, ArrayValue, DataObjectValue {

    /** @return the vim25 or XML Schema type name ({@code xsi:type} without prefix), or null when the XML did not say */
    String typeName();

    /** @return the text of a scalar */
    default Optional<String> text() {
        return Optional.empty();
    }

    /** @return a scalar read as an xsd:long */
    default Optional<Long> longValue() {
        return Optional.empty();
    }

    /** @return a scalar read as an xsd:int */
    default Optional<Integer> intValue() {
        return longValue().filter(v -> v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE).map(Long::intValue);
    }

    /** @return a scalar read as an xsd:boolean */
    default Optional<Boolean> booleanValue() {
        return Optional.empty();
    }

    /** @return the reference, for a reference */
    default Optional<ManagedObjectReference> reference() {
        return Optional.empty();
    }

    /** @return the elements of an array; a single non-array value counts as a one-element list */
    default List<PropertyValue> elements() {
        return List.of(this);
    }

    /**
     * Follows a dotted path of data object fields, e.g. {@code backing.datastore}.
     *
     * @return the first value at that path, or empty when any step is missing or not a data object
     */
    default Optional<PropertyValue> path(String dottedPath) {
        return Optional.empty();
    }
}
