package dev.cloudfit.assess.pricing;

/**
 * What a price row is for. Only {@link #VM}, the fixed disk tiers, the Premium SSD v2 and Ultra provisioned
 * meters and the AVS nodes feed the {@link PriceBook}'s lookups; Spot, Low Priority, Cloud Services and Dedicated
 * Host rows, and promotional or expired meters, are kept in their own kinds so they can be counted and never mixed into regular VM prices. Dev/Test is
 * a {@link PriceType}, orthogonal to the kind, and is likewise looked up only under {@link PricingPlan#DEV_TEST}.
 */
public enum MeterKind {
    /** A regular virtual machine meter (Linux base or Windows). */
    VM,
    VM_SPOT,
    /** Azure Batch low-priority capacity. */
    VM_LOW_PRIORITY,
    CLOUD_SERVICES,
    /** A promotional product ({@code "H Promo Series"}) or an expired meter ({@code "D2 v2/DS2 v2 - Expired"}). */
    VM_PROMO,
    DEDICATED_HOST,
    /** A fixed-size managed disk tier (P10 LRS, E10 ZRS, S10 LRS), priced per month. */
    DISK_TIER,
    /** The shared-disk mount meter of a tier: not part of the tier price. */
    DISK_MOUNT,
    DISK_OPERATIONS,
    DISK_BURST,
    DISK_SNAPSHOT,
    /** Any other managed-disk meter (confidential-compute encryption, transactions, ...). */
    DISK_OTHER,
    PREMIUM_SSD_V2_CAPACITY,
    PREMIUM_SSD_V2_IOPS,
    PREMIUM_SSD_V2_THROUGHPUT,
    ULTRA_CAPACITY,
    ULTRA_IOPS,
    ULTRA_THROUGHPUT,
    ULTRA_VCPU_RESERVATION,
    /** An Azure VMware Solution host node. */
    AVS_NODE,
    /** A zero-priced AVS trial node: never a price. */
    AVS_TRIAL,
    AVS_OTHER,
    /** Any other service. */
    OTHER
}
