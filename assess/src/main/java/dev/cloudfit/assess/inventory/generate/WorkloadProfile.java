package dev.cloudfit.assess.inventory.generate;

/**
 * How busy a generated VM is meant to be, for a later performance-history generator: nothing here
 * makes samples. Idle VMs are the right-sizing and decommission candidates of real estates; spiky
 * ones are where averages mislead and peaks matter.
 */
public enum WorkloadProfile {
    /** Near zero CPU, little memory touched: forgotten or standby VMs. */
    IDLE,
    /** A steady, moderate load with a daily rhythm. */
    STEADY,
    /** High sustained CPU or memory: sized about right or too small. */
    BUSY,
    /** Mostly quiet with short, high peaks (batch jobs, month-end runs). */
    SPIKY
}
