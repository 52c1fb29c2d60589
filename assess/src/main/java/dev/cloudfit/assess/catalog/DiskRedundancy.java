package dev.cloudfit.assess.catalog;

/** Managed-disk redundancy: locally redundant (three copies in one zone) or zone-redundant (three zones). */
public enum DiskRedundancy {
    LRS,
    ZRS
}
