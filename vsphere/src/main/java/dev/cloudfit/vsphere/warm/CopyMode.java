package dev.cloudfit.vsphere.warm;

/** How a cycle copied one disk. */
public enum CopyMode {
    /** Never copied before: the areas holding data ({@code changeId "*"}). */
    FIRST,
    /** Only the areas changed since the stored change id. */
    CHANGED,
    /** The stored change id was refused (tracking was reset): every area holding data, and zeros elsewhere. */
    FULL_AFTER_RESET
}
