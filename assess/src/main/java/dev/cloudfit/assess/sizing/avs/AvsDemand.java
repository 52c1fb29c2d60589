package dev.cloudfit.assess.sizing.avs;

import dev.cloudfit.core.units.DataSize;

import java.util.Objects;

/** What one VM asks of an AVS cluster: vCPUs, memory and storage before the vSAN policy. */
public record AvsDemand(String vmKey, double vcpus, DataSize memory, DataSize storage) {

    public AvsDemand {
        Objects.requireNonNull(vmKey, "vmKey");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(storage, "storage");
        if (!(vcpus >= 0)) {
            throw new IllegalArgumentException("vCPUs cannot be negative");
        }
    }
}
