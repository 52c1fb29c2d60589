package dev.cloudfit.assess.catalog;

/** Accelerated networking as a series' feature table states it; REQUIRED means a VM cannot be deployed without it. */
public enum AcceleratedNetworking {
    REQUIRED,
    SUPPORTED,
    NOT_SUPPORTED
}
