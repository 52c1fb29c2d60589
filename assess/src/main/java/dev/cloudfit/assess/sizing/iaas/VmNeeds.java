package dev.cloudfit.assess.sizing.iaas;

import dev.cloudfit.core.units.DataRate;
import dev.cloudfit.assess.catalog.HyperVGeneration;
import dev.cloudfit.assess.sizing.disk.DiskNeed;
import dev.cloudfit.core.units.DataSize;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a VM needs from an Azure size (METHOD step 3): cores (fractional, compared with a size's vCPUs),
 * memory, its disks, NIC count, outbound network throughput when measured, and the Hyper-V generation
 * its firmware requires. The first disk is the OS disk; the others count as data disks.
 */
public record VmNeeds(
        double cores,
        NeedSource coresSource,
        DataSize memory,
        NeedSource memorySource,
        List<DiskNeed> disks,
        int nics,
        Optional<DataRate> network,
        HyperVGeneration generation) {

    public VmNeeds {
        Objects.requireNonNull(coresSource, "coresSource");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(memorySource, "memorySource");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(generation, "generation");
        disks = List.copyOf(disks);
        if (!(cores >= 0) || nics < 0) {
            throw new IllegalArgumentException("needs cannot be negative");
        }
    }

    public int dataDisks() {
        return Math.max(0, disks.size() - 1);
    }

    /** VM-level uncached IOPS: the sum of the measured disks' needs. */
    public double totalIops() {
        return disks.stream().mapToDouble(d -> d.iops().orElse(0)).sum();
    }

    /** VM-level uncached MB/s: the sum of the measured disks' needs. */
    public double totalMbps() {
        return disks.stream().mapToDouble(d -> d.mbps().orElse(0)).sum();
    }
}
