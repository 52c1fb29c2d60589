package dev.cloudfit.assess.inventory;

import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.core.units.Frequency;
import java.util.Objects;

/**
 * An ESXi host: its CPU (model, sockets, cores in all, speed per core) and memory. Counts are 0
 * and text is null when the source does not carry them.
 */
public record Host(
        String name,
        String datacenter,
        String cluster,
        String cpuModel,
        int cpuSockets,
        int cpuCores,
        Frequency cpuSpeed,
        DataSize memory,
        String esxVersion) {

    public Host {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cpuSpeed, "cpuSpeed");
        Objects.requireNonNull(memory, "memory");
    }
}
