package dev.cloudfit.assess.sizing.settings;

/**
 * vSAN failures-to-tolerate policy: the raw capacity one byte of VM data consumes, and the minimum
 * hosts the policy needs (reference §7.3).
 */
public enum FttPolicy {
    FTT1_RAID1(2.0, 3),
    FTT1_RAID5(4.0 / 3.0, 4),
    FTT2_RAID1(3.0, 5),
    FTT2_RAID6(1.5, 6),
    FTT3_RAID1(4.0, 7);

    private final double storageMultiplier;
    private final int minimumHosts;

    FttPolicy(double storageMultiplier, int minimumHosts) {
        this.storageMultiplier = storageMultiplier;
        this.minimumHosts = minimumHosts;
    }

    public double storageMultiplier() {
        return storageMultiplier;
    }

    public int minimumHosts() {
        return minimumHosts;
    }

    /** Failures tolerated: 1, 2 or 3. */
    public int failuresTolerated() {
        return Integer.parseInt(name().substring(3, 4));
    }

    /** The policy in words, e.g. {@code FTT 1, RAID-1 (mirroring)}. */
    public String label() {
        return switch (this) {
            case FTT1_RAID1 -> "FTT 1, RAID-1 (mirroring)";
            case FTT1_RAID5 -> "FTT 1, RAID-5 (erasure coding)";
            case FTT2_RAID1 -> "FTT 2, RAID-1 (mirroring)";
            case FTT2_RAID6 -> "FTT 2, RAID-6 (erasure coding)";
            case FTT3_RAID1 -> "FTT 3, RAID-1 (mirroring)";
        };
    }
}
