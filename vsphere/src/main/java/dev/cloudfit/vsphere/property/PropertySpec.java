package dev.cloudfit.vsphere.property;

import java.util.List;
import java.util.Objects;

/**
 * Which properties to read from objects of one type: a vim25 {@code PropertySpec} with
 * {@code all=false} and named paths only. Asking for whole objects ({@code config}) costs vCenter
 * and the network far more than the few leaves a collector needs ({@code config.hardware.numCPU}).
 *
 * @param type the managed object type, e.g. {@code VirtualMachine}
 * @param paths property paths, e.g. {@code name}, {@code config.hardware.device}; at least one
 */
public record PropertySpec(String type, List<String> paths) {

    public PropertySpec {
        Objects.requireNonNull(type, "type");
        paths = List.copyOf(paths);
        if (type.isBlank() || paths.isEmpty()) {
            throw new IllegalArgumentException("a property spec needs a type and at least one path: " + type + " " + paths);
        }
        for (String p : paths) {
            if (p == null || p.isBlank()) {
                throw new IllegalArgumentException("blank property path for " + type);
            }
        }
    }

    /** @return a spec for these paths of this type */
    public static PropertySpec of(String type, String... paths) {
        return new PropertySpec(type, List.of(paths));
    }
}
