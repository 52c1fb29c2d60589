package dev.cloudfit.assess.workspace.perf;

/**
 * The vCenter counters sizing reads (names as {@code PerfCounterInfo} spells them), with the units
 * vCenter reports them in. Instances: {@code virtualDisk.*} per disk ({@code scsi0:0}), {@code net.*}
 * per NIC device key, CPU and memory aggregate only.
 */
public final class PerfCounters {

    public static final String CPU_USAGE = "cpu.usage.average";
    public static final String MEM_USAGE = "mem.usage.average";
    public static final String DISK_READ_IOPS = "virtualDisk.numberReadAveraged.average";
    public static final String DISK_WRITE_IOPS = "virtualDisk.numberWriteAveraged.average";
    public static final String DISK_READ_RATE = "virtualDisk.read.average";
    public static final String DISK_WRITE_RATE = "virtualDisk.write.average";
    public static final String NET_RX_RATE = "net.received.average";
    public static final String NET_TX_RATE = "net.transmitted.average";

    /** vCenter's percent counters are reported in hundredths; the workspace stores plain percent. */
    public static final String UNIT_PERCENT = "percent";
    public static final String UNIT_PER_SECOND = "number/s";
    public static final String UNIT_KBPS = "kiloBytesPerSecond";

    private PerfCounters() {
    }
}
