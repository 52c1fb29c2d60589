package dev.cloudfit.assess.sizing.disk;

/** Which need made the chosen disk larger or faster than the smallest tier of its type. */
public enum DiskDriver {
    /** The smallest tier of the type holding the capacity already met every need. */
    CAPACITY,
    /** IOPS forced a larger tier (32 GiB at 800 IOPS → P15). */
    IOPS,
    /** MB/s forced a larger tier. */
    THROUGHPUT,
    /** No performance data: sized by capacity alone in the fallback type. */
    CAPACITY_NO_PERF_DATA
}
