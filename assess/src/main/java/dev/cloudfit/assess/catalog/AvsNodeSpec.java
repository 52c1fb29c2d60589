package dev.cloudfit.assess.catalog;

import dev.cloudfit.core.units.DataSize;
import java.util.Objects;
import java.util.Optional;

/**
 * An Azure VMware Solution host type (AV36, AV36P, AV48, AV52, AV64) as Microsoft Learn's host table
 * lists it. vSAN figures are raw, in the SI terabytes disk makers use (1 TB = 10^12 bytes), held here
 * exactly in bytes; usable capacity depends on the storage policy, so the catalog leaves it to sizing.
 * A host type with two vSAN architectures (AV64) appears once per architecture, named e.g. {@code AV64}
 * and {@code AV64-ESA}.
 *
 * @param sku            the node type as Azure names it, e.g. {@code AV36P}
 * @param physicalCores  physical cores per host; {@code logicalCores} counts hyper-threads
 * @param memory         host RAM (the page states "GB"; the figures are the installed binary GiB)
 * @param vsanCacheRaw   raw cache tier; empty for ESA hosts, which have none
 */
public record AvsNodeSpec(
        String name,
        String sku,
        String cpuModel,
        int sockets,
        int physicalCores,
        int logicalCores,
        double baseClockGHz,
        DataSize memory,
        VsanArchitecture vsanArchitecture,
        Optional<DataSize> vsanCacheRaw,
        DataSize vsanCapacityRaw,
        Optional<String> note,
        SourceRef source) {

    public AvsNodeSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(cpuModel, "cpuModel");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(vsanArchitecture, "vsanArchitecture");
        Objects.requireNonNull(vsanCapacityRaw, "vsanCapacityRaw");
        Objects.requireNonNull(source, "source");
        if (physicalCores <= 0 || logicalCores < physicalCores) {
            throw new IllegalArgumentException(name + ": cores must be positive and logical >= physical");
        }
    }

    /**
     * AV64 cannot be the only node type in a private cloud: it needs a first cluster of another type
     * (reference §7.1, AVS "Hosts" table: "needs AV36/AV36P/AV52"; issue 15 applies it to both vSAN
     * architectures).
     */
    public boolean needsBaseCluster() {
        return sku.equalsIgnoreCase("AV64");
    }

    /**
     * Whether one VM of this configured size can run on one host: vSphere cannot give a VM more vCPUs than
     * the host has logical processors, nor more memory than the host has.
     */
    public boolean holdsVm(int vcpus, DataSize vmMemory) {
        return vcpus <= logicalCores && vmMemory.compareTo(memory) <= 0;
    }
}
