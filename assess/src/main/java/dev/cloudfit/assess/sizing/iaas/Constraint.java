package dev.cloudfit.assess.sizing.iaas;

/**
 * A requirement a VM size must meet, in Azure Migrate's order of evaluation (generation and storage,
 * then network, then compute), with the explanation code Azure Migrate gives when no size meets it.
 */
public enum Constraint {
    GENERATION("NoSuitableVmSizeFound", "Hyper-V generation"),
    PREMIUM_STORAGE("NoSuitableVmSizeFound", "premium storage support"),
    DATA_DISKS("MoreDisksThanSupported", "data disk count"),
    DISK_IOPS("NoVmSizeSupportsStoragePerformance", "uncached disk IOPS"),
    DISK_MBPS("NoVmSizeSupportsStoragePerformance", "uncached disk MB/s"),
    NICS("OneOrMoreAdaptersNotSuitable", "network adapter count"),
    NETWORK("NoVmSizeSupportsNetworkPerformance", "network bandwidth"),
    CPU("NoSuitableVmSizeFound", "vCPUs"),
    MEMORY("NoSuitableVmSizeFound", "memory");

    private final String azureMigrateCode;
    private final String label;

    Constraint(String azureMigrateCode, String label) {
        this.azureMigrateCode = azureMigrateCode;
        this.label = label;
    }

    public String azureMigrateCode() {
        return azureMigrateCode;
    }

    public String label() {
        return label;
    }
}
