package dev.cloudfit.assess.sizing.settings;

import dev.cloudfit.core.units.DataSize;

import java.util.List;
import java.util.Objects;

/**
 * Factors for AVS node counts. {@code cpuOversubscription} is vCPUs per <em>physical</em> core;
 * {@code memoryOvercommit} multiplies node RAM; {@code dedupeCompression} divides storage after the FTT
 * multiplier; {@code vsanSlack} is the share of raw vSAN capacity kept free. The management figures are
 * the private cloud's own appliances (vCenter, NSX, HCX), added once to the estate's demand.
 * An empty {@code nodeTypes} means every node type in the catalog.
 */
public record AvsSettings(
        double cpuOversubscription,
        double memoryOvercommit,
        double dedupeCompression,
        double vsanSlack,
        FttPolicy ftt,
        int managementVcpus,
        DataSize managementMemory,
        DataSize managementStorage,
        List<String> nodeTypes) {

    public AvsSettings {
        Objects.requireNonNull(ftt, "ftt");
        Objects.requireNonNull(managementMemory, "managementMemory");
        Objects.requireNonNull(managementStorage, "managementStorage");
        nodeTypes = List.copyOf(nodeTypes);
        if (!(cpuOversubscription > 0)) {
            throw new IllegalArgumentException("CPU oversubscription must be positive, was " + cpuOversubscription);
        }
        if (memoryOvercommit < 0.5 || memoryOvercommit > 10) {
            throw new IllegalArgumentException("memory overcommit must be in 0.5..10, was " + memoryOvercommit);
        }
        if (dedupeCompression < 1 || dedupeCompression > 10) {
            throw new IllegalArgumentException("dedupe/compression factor must be in 1..10, was " + dedupeCompression);
        }
        if (vsanSlack < 0 || vsanSlack >= 1) {
            throw new IllegalArgumentException("vSAN slack must be in [0, 1), was " + vsanSlack);
        }
        if (managementVcpus < 0) {
            throw new IllegalArgumentException("management vCPUs cannot be negative");
        }
    }

    /**
     * Defaults: 4:1 (Azure Migrate), overcommit 1.0 (Azure Migrate), dedupe 1.0 (no saving assumed; Azure
     * Migrate Explorer sends 1.5, the portal default is unconfirmed), 25 % slack, FTT1-RAID1 (the 3-node
     * default), management 44 vCPU / 75 GiB / 722 GiB (AVS tutorial figures, HCX included).
     */
    public static AvsSettings defaults() {
        return new AvsSettings(4.0, 1.0, 1.0, 0.25, FttPolicy.FTT1_RAID1,
                44, DataSize.ofGibibytes(75), DataSize.ofGibibytes(722), List.of());
    }

    public AvsSettings withFtt(FttPolicy value) {
        return new AvsSettings(cpuOversubscription, memoryOvercommit, dedupeCompression, vsanSlack, value,
                managementVcpus, managementMemory, managementStorage, nodeTypes);
    }

    public AvsSettings withoutManagementOverhead() {
        return new AvsSettings(cpuOversubscription, memoryOvercommit, dedupeCompression, vsanSlack, ftt,
                0, DataSize.ZERO, DataSize.ZERO, nodeTypes);
    }

    public AvsSettings withDedupeCompression(double value) {
        return new AvsSettings(cpuOversubscription, memoryOvercommit, value, vsanSlack, ftt,
                managementVcpus, managementMemory, managementStorage, nodeTypes);
    }
}
