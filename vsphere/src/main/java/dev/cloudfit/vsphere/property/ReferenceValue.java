package dev.cloudfit.vsphere.property;

import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.util.Objects;
import java.util.Optional;

/**
 * A managed object reference inside a property, e.g. a VM's {@code runtime.host} or a disk
 * backing's {@code datastore}.
 *
 * @param value the reference
 */
public record ReferenceValue(ManagedObjectReference value) implements PropertyValue {

    public ReferenceValue {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String typeName() {
        return "ManagedObjectReference";
    }

    @Override
    public Optional<ManagedObjectReference> reference() {
        return Optional.of(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
