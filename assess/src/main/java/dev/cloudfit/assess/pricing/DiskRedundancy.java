package dev.cloudfit.assess.pricing;

/**
 * Managed disk redundancy: locally (LRS) or zone-redundant (ZRS). One type for the catalog (which tiers
 * offer it), sizing (the setting) and prices (the price list's {@code skuName} writes it: {@code P10 LRS}).
 */
public enum DiskRedundancy {
    LRS,
    ZRS;

    /** The redundancy in words, with Azure's abbreviation. */
    public String label() {
        return switch (this) {
            case LRS -> "Locally redundant (LRS)";
            case ZRS -> "Zone-redundant (ZRS)";
        };
    }
}
