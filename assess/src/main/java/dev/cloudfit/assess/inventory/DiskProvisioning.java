package dev.cloudfit.assess.inventory;

/** How a virtual disk's blocks are allocated on its datastore. */
public enum DiskProvisioning {
    THIN, THICK_LAZY_ZEROED, THICK_EAGER_ZEROED, UNKNOWN
}
