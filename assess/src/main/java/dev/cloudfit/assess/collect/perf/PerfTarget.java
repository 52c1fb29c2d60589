package dev.cloudfit.assess.collect.perf;

import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.util.Objects;

/**
 * One VM to collect: its MoRef in vCenter, and the key the workspace stores it under
 * ({@code VmIdentity.key()}, i.e. {@code vcenter/moref}), so samples join the inventory snapshot.
 */
public record PerfTarget(ManagedObjectReference vm, String vmKey) {

    public PerfTarget {
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(vmKey, "vmKey");
        if (vmKey.isBlank()) {
            throw new IllegalArgumentException("a VM key must not be blank");
        }
    }
}
