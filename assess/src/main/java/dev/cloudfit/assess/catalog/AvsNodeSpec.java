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
}
