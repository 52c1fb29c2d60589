package dev.cloudfit.assess.pricing;

/**
 * Disks priced from provisioned capacity, IOPS and throughput instead of a fixed tier. Premium SSD v2 includes
 * 3,000 IOPS and 125 MB/s free; Ultra does not, and adds a per-vCPU reservation meter when the VM allows Ultra
 * disks but has none attached.
 */
public enum ProvisionedDiskType {
    PREMIUM_SSD_V2,
    ULTRA
}
