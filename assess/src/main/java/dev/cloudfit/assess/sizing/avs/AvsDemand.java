package dev.cloudfit.assess.sizing.avs;

import dev.cloudfit.core.units.DataSize;

import java.util.Objects;

/**
 * What one VM asks of an AVS cluster: vCPUs, memory and storage before the vSAN policy, and the VM's
 * configured vCPUs and memory, which one host must hold whatever the utilisation.
 */
public record AvsDemand(String vmKey, double vcpus, DataSize memory, DataSize storage, int configuredVcpus,
        DataSize configuredMemory) {

    public AvsDemand {
        Objects.requireNonNull(vmKey, "vmKey");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(configuredMemory, "configuredMemory");
        if (!(vcpus >= 0)) {
            throw new IllegalArgumentException("vCPUs cannot be negative");
        }
    }

    /** A demand whose configured size is unknown (0 vCPUs, no memory): it is not checked against a host. */
    public AvsDemand(String vmKey, double vcpus, DataSize memory, DataSize storage) {
        this(vmKey, vcpus, memory, storage, 0, DataSize.ZERO);
    }
}
