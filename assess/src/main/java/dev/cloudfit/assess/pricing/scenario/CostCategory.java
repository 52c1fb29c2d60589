package dev.cloudfit.assess.pricing.scenario;

/** What a cost line is for; a discount applies per category. */
public enum CostCategory {
    COMPUTE,
    STORAGE
}
