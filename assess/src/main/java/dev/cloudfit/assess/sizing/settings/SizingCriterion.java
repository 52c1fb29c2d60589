package dev.cloudfit.assess.sizing.settings;

/** How needs are derived: from measured utilisation, or from the configured size alone. */
public enum SizingCriterion {
    /** Percentile of utilisation × comfort factor (Azure Migrate "performance-based"). */
    PERFORMANCE_BASED,
    /** Configured cores, memory, provisioned disk sizes and NIC count (Azure Migrate "as on-premises"). */
    AS_ON_PREMISES;

    /** The criterion in words, as Azure Migrate names it. */
    public String label() {
        return switch (this) {
            case PERFORMANCE_BASED -> "Performance-based";
            case AS_ON_PREMISES -> "As on-premises";
        };
    }
}
