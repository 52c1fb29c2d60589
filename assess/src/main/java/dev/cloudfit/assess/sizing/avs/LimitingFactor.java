package dev.cloudfit.assess.sizing.avs;

/** The resource that needs the most hosts. */
public enum LimitingFactor {
    CPU,
    MEMORY,
    STORAGE
}
