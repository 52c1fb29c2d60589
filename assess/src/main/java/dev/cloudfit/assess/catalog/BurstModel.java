package dev.cloudfit.assess.catalog;

/**
 * How a disk tier bursts: CREDIT bursting is free and automatic on small tiers (up to 30 minutes
 * from accumulated credits); ON_DEMAND must be enabled and is billed per burst transaction.
 */
public enum BurstModel {
    CREDIT,
    ON_DEMAND
}
