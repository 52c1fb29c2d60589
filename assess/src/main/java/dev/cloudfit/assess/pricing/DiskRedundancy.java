package dev.cloudfit.assess.pricing;

/**
 * Managed disk redundancy: locally (LRS) or zone-redundant (ZRS). One type for the catalog (which tiers
 * offer it), sizing (the setting) and prices (the price list's {@code skuName} writes it: {@code P10 LRS}).
 */
public enum DiskRedundancy {
    LRS,
    ZRS
}
