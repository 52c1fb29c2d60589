package dev.cloudfit.assess.inventory;

import dev.cloudfit.core.units.DataSize;

/**
 * The largest quantities an inventory may state, checked where each is read. They lie well above
 * what VMware allows (vSphere 8: 768 vCPUs, 24 TiB of memory and 10 NICs per VM, 62 TiB per virtual
 * disk) so that no real export is refused, and far enough below {@code Long.MAX_VALUE} bytes that
 * sums over a large estate cannot overflow and no allocation is ever sized by an input value
 * (a NIC count of 10^9 would otherwise make 10^9 NICs).
 */
public final class Plausible {

    /** vCPUs of one VM, or cores per socket. */
    public static final int VCPUS = 4_096;
    /** Network adapters of one VM. */
    public static final int NICS = 64;
    /** Virtual disks of one VM, or a disk's unit number on its controller. */
    public static final int DISKS = 1_024;
    /** Memory of one VM or one host. */
    public static final DataSize MEMORY = DataSize.ofTebibytes(64);
    /** One virtual disk or one partition. */
    public static final DataSize DISK = DataSize.ofTebibytes(1_024);
    /** All storage of one VM (provisioned, in use). */
    public static final DataSize VM_STORAGE = DataSize.ofTebibytes(1_024);
    /** CPU sockets of one host. */
    public static final int HOST_SOCKETS = 64;
    /** CPU cores of one host. */
    public static final int HOST_CORES = 16_384;
    /** A CPU clock in MHz. */
    public static final double CPU_MHZ = 100_000;

    private Plausible() {
    }
}
