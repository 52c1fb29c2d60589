package dev.cloudfit.assess.pricing.scenario;

/** What a cost line is for; a discount applies per category. */
public enum CostCategory {
    COMPUTE,
    /** RHEL and SLES software meters billed on top of compute. */
    LICENCE,
    STORAGE
}
