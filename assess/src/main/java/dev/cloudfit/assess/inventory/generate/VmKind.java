package dev.cloudfit.assess.inventory.generate;

/**
 * The one category each generated VM belongs to, so that tests and demos can count the mix. Most
 * VMs are {@link #ORDINARY}; the others are the cases an assessment must notice.
 */
public enum VmKind {
    /** An everyday server or desktop VM that can move to an Azure VM. */
    ORDINARY(false, false),
    /** A template: never powered on, not a workload. */
    TEMPLATE(false, false),
    /** A VMware-only or vendor appliance (vCenter, NSX, Aria, firewalls): a case for AVS, not IaaS. */
    APPLIANCE(true, false),
    /** More vCPUs than any Azure VM size offers (448). */
    TOO_MANY_VCPUS(false, true),
    /** More memory than any Azure VM size offers (16 TiB). */
    TOO_MUCH_MEMORY(false, true),
    /** A virtual disk larger than the largest Azure managed disk (40 TiB against 32 TiB). */
    DISK_TOO_LARGE(false, true),
    /** A 32-bit guest OS: Azure supports it only conditionally, Generation 2 not at all. */
    GUEST_32BIT(false, true),
    /** A raw device mapping (physical mode): the LUN is not a virtual disk that can be converted. */
    RDM_DISK(false, true),
    /** A disk shared between VMs (multi-writer, shared SCSI bus): a guest cluster. */
    SHARED_DISK(false, true),
    /** 60 virtual disks: possible in vSphere, and only the largest Azure sizes take that many. */
    MANY_DISKS(false, false);

    private final boolean appliance;
    private final boolean cannotFitAsIs;

    VmKind(boolean appliance, boolean cannotFitAsIs) {
        this.appliance = appliance;
        this.cannotFitAsIs = cannotFitAsIs;
    }

    public boolean isAppliance() {
        return appliance;
    }

    /** Whether the VM cannot become an Azure VM without a change (size, disks, OS). */
    public boolean cannotFitAsIs() {
        return cannotFitAsIs;
    }
}
