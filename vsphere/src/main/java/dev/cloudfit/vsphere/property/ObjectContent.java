package dev.cloudfit.vsphere.property;

import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One object of a property retrieval: its reference, the properties that are set (by the path asked
 * for, e.g. {@code config.hardware.numCPU}) and those the server could not give. A property that is
 * unset on the server (no annotation, no guest IP) is simply absent: vCenter sends nothing for it.
 *
 * @param object the managed object
 * @param properties values by property path, in the order sent
 * @param missing properties the server reported as missing, with the fault
 */
public record ObjectContent(ManagedObjectReference object, Map<String, PropertyValue> properties,
                            List<MissingProperty> missing) {

    public ObjectContent {
        Objects.requireNonNull(object, "object");
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        missing = List.copyOf(missing);
    }

    /** @return the value of a property path, if set */
    public Optional<PropertyValue> get(String path) {
        return Optional.ofNullable(properties.get(path));
    }

    /** @return a property's text, if set and a scalar */
    public Optional<String> text(String path) {
        return get(path).flatMap(PropertyValue::text);
    }

    /** @return a property as a long, if set and numeric */
    public Optional<Long> longValue(String path) {
        return get(path).flatMap(PropertyValue::longValue);
    }

    /** @return a property as an int, if set and numeric */
    public Optional<Integer> intValue(String path) {
        return get(path).flatMap(PropertyValue::intValue);
    }

    /** @return a property as a boolean, if set and boolean */
    public Optional<Boolean> booleanValue(String path) {
        return get(path).flatMap(PropertyValue::booleanValue);
    }

    /** @return a reference-valued property, if set */
    public Optional<ManagedObjectReference> reference(String path) {
        return get(path).flatMap(PropertyValue::reference);
    }

    /** @return the elements of an array-valued property; empty when unset */
    public List<PropertyValue> elements(String path) {
        PropertyValue value = properties.get(path);
        return value == null ? List.of() : value.elements();
    }
}
