package dev.cloudfit.assess.sizing.iaas;

/** Where a compute need came from. */
public enum NeedSource {
    /** Percentile of the counter × comfort factor. */
    MEASURED,
    /** The configured size, because the assessment is as-on-premises. */
    CONFIGURED,
    /** The configured size, because the counter is missing in a performance-based assessment. */
    CONFIGURED_FALLBACK
}
