package dev.cloudfit.assess.collect;

import dev.cloudfit.vsphere.property.PropertyValue;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.util.Optional;

/** Short reads of nested fields of a vim25 value, for the mappers; empty where the field is unset. */
final class Values {

    private Values() {
    }

    static Optional<String> text(PropertyValue value, String path) {
        return value.path(path).flatMap(PropertyValue::text).map(String::strip).filter(s -> !s.isEmpty());
    }

    static Optional<Long> longValue(PropertyValue value, String path) {
        return value.path(path).flatMap(PropertyValue::longValue);
    }

    static Optional<Integer> intValue(PropertyValue value, String path) {
        return value.path(path).flatMap(PropertyValue::intValue);
    }

    static boolean flag(PropertyValue value, String path) {
        return value.path(path).flatMap(PropertyValue::booleanValue).orElse(false);
    }

    static Optional<ManagedObjectReference> reference(PropertyValue value, String path) {
        return value.path(path).flatMap(PropertyValue::reference);
    }

    /** @return the text, or null when blank or absent (the model's "unknown") */
    static String orNull(Optional<String> text) {
        return text.filter(s -> !s.isBlank()).orElse(null);
    }
}
