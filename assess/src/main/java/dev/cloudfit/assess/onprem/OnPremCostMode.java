package dev.cloudfit.assess.onprem;

/** How on-premises cost is modelled: built up per host, or a flat monthly rate per VM. */
public enum OnPremCostMode {
    PER_HOST,
    PER_VM
}
