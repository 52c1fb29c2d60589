package dev.cloudfit.assess.catalog;

/**
 * Azure managed-disk types. The first three come in fixed tiers ({@link DiskTierSpec}); Premium SSD
 * v2 and Ultra are provisioned per GiB, IOPS and MB/s ({@link ProvisionedDiskSpec}).
 */
public enum DiskType {
    STANDARD_HDD("S"),
    STANDARD_SSD("E"),
    PREMIUM_SSD("P"),
    PREMIUM_SSD_V2(null),
    ULTRA(null);

    private final String tierPrefix;

    DiskType(String tierPrefix) {
        this.tierPrefix = tierPrefix;
    }

    /** The letter tier names start with (S10, E10, P10); none for the provisioned types. */
    public String tierPrefix() {
        return tierPrefix;
    }

    public boolean isTiered() {
        return tierPrefix != null;
    }

    /** The type as Azure names it, e.g. {@code Premium SSD}. */
    public String label() {
        return switch (this) {
            case STANDARD_HDD -> "Standard HDD";
            case STANDARD_SSD -> "Standard SSD";
            case PREMIUM_SSD -> "Premium SSD";
            case PREMIUM_SSD_V2 -> "Premium SSD v2";
            case ULTRA -> "Ultra Disk";
        };
    }
}
