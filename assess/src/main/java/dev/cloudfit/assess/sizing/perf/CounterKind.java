package dev.cloudfit.assess.sizing.perf;

/** The performance counters sizing reads (vSphere counter in brackets), each with its unit. */
public enum CounterKind {
    /** {@code cpu.usage.average}. */
    CPU_PERCENT("%"),
    /** {@code mem.usage.average}. */
    MEMORY_PERCENT("%"),
    /** {@code virtualDisk.numberReadAveraged.average}. */
    DISK_READ_IOPS("IOPS"),
    /** {@code virtualDisk.numberWriteAveraged.average}. */
    DISK_WRITE_IOPS("IOPS"),
    /** {@code virtualDisk.read.average}. */
    DISK_READ_MBPS("MB/s"),
    /** {@code virtualDisk.write.average}. */
    DISK_WRITE_MBPS("MB/s"),
    /** {@code net.received.average}. */
    NIC_IN_MBPS("MB/s"),
    /** {@code net.transmitted.average}. */
    NIC_OUT_MBPS("MB/s");

    private final String unit;

    CounterKind(String unit) {
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }
}
