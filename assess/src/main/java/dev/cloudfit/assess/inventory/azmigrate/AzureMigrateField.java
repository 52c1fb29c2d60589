package dev.cloudfit.assess.inventory.azmigrate;

import java.util.List;

/**
 * The per-server columns of the Azure Migrate import template that cloudfit reads, with the
 * spellings seen across template versions (normalized: lower case, no asterisk, no unit suffix)
 * and the unit a value is in when the header carries no "(In MB)"-style suffix. The per-disk
 * columns are {@link DiskMetric}s.
 */
enum AzureMigrateField {
    SERVER_NAME("*Server name", Kind.TEXT, true, "server name"),
    IP_ADDRESSES("IP addresses", Kind.TEXT, false, "ip addresses", "ip address"),
    CORES("*Cores", Kind.COUNT, true, "cores", "number of cores"),
    MEMORY("*Memory (In MB)", Kind.SIZE_MB, true, "memory"),
    OS_NAME("*OS name", Kind.TEXT, true, "os name"),
    OS_VERSION("OS version", Kind.TEXT, false, "os version"),
    SERVER_TYPE("Server type", Kind.TEXT, false, "server type"),
    HYPERVISOR("Hypervisor", Kind.TEXT, false, "hypervisor"),
    VIRTUAL_MACHINE_ID("Virtual machine ID", Kind.TEXT, false, "virtual machine id"),
    VIRTUAL_MACHINE_MANAGER_ID("Virtual machine manager ID", Kind.TEXT, false, "virtual machine manager id"),
    BIOS_ID("BIOS ID", Kind.TEXT, false, "bios id"),
    CPU_UTILIZATION("CPU utilization percentage", Kind.PERCENT, false, "cpu utilization percentage",
            "cpu utilization"),
    MEMORY_UTILIZATION("Memory utilization percentage", Kind.PERCENT, false, "memory utilization percentage",
            "memory utilization"),
    NETWORK_ADAPTERS("Network adapters", Kind.COUNT, false, "network adapters", "number of network adapters"),
    NETWORK_IN("Network In throughput", Kind.RATE_MB, false, "network in throughput"),
    NETWORK_OUT("Network Out throughput", Kind.RATE_MB, false, "network out throughput"),
    BOOT_TYPE("Boot type", Kind.TEXT, false, "boot type", "firmware type"),
    NUMBER_OF_DISKS("Number of disks", Kind.COUNT, false, "number of disks"),
    STORAGE_IN_USE("Storage in use (In GB)", Kind.SIZE_GB, false, "storage in use"),
    TOTAL_READ_THROUGHPUT("Total disks read throughput", Kind.RATE_MB, false, "total disks read throughput"),
    TOTAL_WRITE_THROUGHPUT("Total disks write throughput", Kind.RATE_MB, false, "total disks write throughput"),
    TOTAL_READ_OPS("Total disks read ops", Kind.OPS, false, "total disks read ops"),
    TOTAL_WRITE_OPS("Total disks write ops", Kind.OPS, false, "total disks write ops");

    /** How a column's values are read. */
    enum Kind { TEXT, COUNT, SIZE_MB, SIZE_GB, RATE_MB, OPS, PERCENT }

    private final String templateHeader;
    private final Kind kind;
    private final boolean mandatory;
    private final List<String> names;

    AzureMigrateField(String templateHeader, Kind kind, boolean mandatory, String... names) {
        this.templateHeader = templateHeader;
        this.kind = kind;
        this.mandatory = mandatory;
        this.names = List.of(names);
    }

    /** The header as the current template spells it, for messages about a missing column. */
    String templateHeader() {
        return templateHeader;
    }

    Kind kind() {
        return kind;
    }

    boolean mandatory() {
        return mandatory;
    }

    /** Normalized base names (no unit suffix) that identify this column. */
    List<String> names() {
        return names;
    }
}
