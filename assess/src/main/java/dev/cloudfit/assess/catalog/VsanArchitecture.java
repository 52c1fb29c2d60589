package dev.cloudfit.assess.catalog;

/**
 * The vSAN architecture of an AVS host: OSA (original, disk groups with a cache tier) or ESA
 * (express, single tier, no cache). AV64 is OSA in Generation 1 private clouds and ESA in Generation 2.
 */
public enum VsanArchitecture {
    OSA,
    ESA
}
