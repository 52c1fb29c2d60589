package dev.cloudfit.assess.catalog;

/** The Microsoft Learn size category a series is filed under; sizing prefers a category by the VM's memory-to-vCPU ratio. */
public enum WorkloadCategory {
    GENERAL_PURPOSE,
    BURSTABLE,
    MEMORY_OPTIMIZED,
    COMPUTE_OPTIMIZED,
    STORAGE_OPTIMIZED,
    /** GPU and FPGA sizes (N-, NP-, PB-series): not targets unless their series is allow-listed. */
    ACCELERATED,
    /** HPC sizes (H-series): not targets unless their series is allow-listed. */
    HIGH_PERFORMANCE
}
