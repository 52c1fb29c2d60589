package dev.cloudfit.assess.sizing.settings;

/** How needs are derived: from measured utilisation, or from the configured size alone. */
public enum SizingCriterion {
    /** Percentile of utilisation × comfort factor (Azure Migrate "performance-based"). */
    PERFORMANCE_BASED,
    /** Configured cores, memory, provisioned disk sizes and NIC count (Azure Migrate "as on-premises"). */
    AS_ON_PREMISES
}
