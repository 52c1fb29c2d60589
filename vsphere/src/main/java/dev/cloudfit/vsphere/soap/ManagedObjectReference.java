package dev.cloudfit.vsphere.soap;

import java.util.Objects;

/**
 * A vim25 managed object reference: the server-side object's type and its id, e.g.
 * {@code VirtualMachine:vm-42}. It is the only identity vCenter gives an object across calls.
 *
 * @param type the managed object type, e.g. {@code VirtualMachine}
 * @param value the id within that type, e.g. {@code vm-42}
 */
public record ManagedObjectReference(String type, String value) {

    public ManagedObjectReference {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (type.isBlank() || value.isBlank()) {
            throw new IllegalArgumentException("a managed object reference needs a type and a value: " + type + ":" + value);
        }
    }

    /** @return {@code type:value}, as govc prints references */
    @Override
    public String toString() {
        return type + ":" + value;
    }
}
