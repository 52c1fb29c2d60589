package dev.cloudfit.assess.inventory.summary;

/**
 * Totals for one group of VMs (all, a cluster, an OS family). Templates are not VMs here: they are
 * counted apart and left out of the other figures. Sizes are in GiB and TiB, binary.
 */
public record SummaryLine(
        String group,
        long vms,
        long poweredOn,
        long poweredOff,
        long suspended,
        long templates,
        long vcpus,
        double memoryGib,
        double provisionedTib,
        double usedTib) {
}
