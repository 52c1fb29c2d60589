package dev.cloudfit.assess.pricing;

/** Managed disk redundancy as the price list's {@code skuName} writes it ({@code P10 LRS}, {@code P10 ZRS}). */
public enum DiskRedundancy {
    LRS,
    ZRS
}
