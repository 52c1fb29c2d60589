package dev.cloudfit.assess.sizing.fit;

/** Where a VM goes. */
public enum FitTarget {
    /** An Azure VM with managed disks. */
    IAAS,
    /** Azure VMware Solution: VMware-only workloads and VMs that cannot become Azure VMs. */
    AVS,
    /** Neither can be decided: the configuration is not known well enough to size. */
    NOT_READY
}
