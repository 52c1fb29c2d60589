package dev.cloudfit.reports.model;

/** The cost categories a negotiated discount can apply to (compute by default; disks only when asked). */
public enum DiscountScope {
    COMPUTE,
    LICENCES,
    DISKS
}
