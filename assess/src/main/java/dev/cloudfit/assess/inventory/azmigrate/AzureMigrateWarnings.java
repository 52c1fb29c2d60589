package dev.cloudfit.assess.inventory.azmigrate;

/**
 * The stable codes of the warnings the Azure Migrate CSV import gives. Scripts and reports count
 * and filter by these, so a code never changes meaning.
 */
public final class AzureMigrateWarnings {

    /** The file has a header but no server rows. */
    public static final String NO_SERVERS = "azmigrate.no-servers";
    /** The file is not UTF-8 and was read as windows-1252. */
    public static final String LEGACY_ENCODING = "azmigrate.legacy-encoding";
    /** Columns that are not part of the template were kept as custom attributes. */
    public static final String EXTRA_COLUMNS = "azmigrate.extra-columns";
    /** Server type Physical: not a VM, so cloudfit's migrate cannot move it. */
    public static final String PHYSICAL_SERVER = "azmigrate.physical-server";
    /** Hypervisor other than VMware (Hyper-V, Xen, a cloud): not in a vCenter cloudfit can migrate from. */
    public static final String NOT_VMWARE = "azmigrate.not-vmware";
    /** A server type that is neither Virtual nor Physical. */
    public static final String UNKNOWN_SERVER_TYPE = "azmigrate.unknown-server-type";
    /** A boot type that is neither BIOS nor UEFI; firmware is left unknown. */
    public static final String UNKNOWN_BOOT_TYPE = "azmigrate.unknown-boot-type";
    /** "Number of disks" disagrees with the disk sizes given. */
    public static final String DISK_COUNT_MISMATCH = "azmigrate.disk-count-mismatch";
    /** A disk group has throughput or operations but no size: the figures are kept, no disk is made. */
    public static final String DISK_WITHOUT_SIZE = "azmigrate.disk-without-size";
    /** An IP address that is neither an IPv4 nor an IPv6 literal was dropped. */
    public static final String BAD_IP_ADDRESS = "azmigrate.bad-ip-address";
    /** IP addresses without a "Network adapters" count: one adapter was assumed. */
    public static final String ADAPTER_ASSUMED = "azmigrate.adapter-assumed";
    /** IP addresses on a server with 0 network adapters were dropped. */
    public static final String ADDRESSES_WITHOUT_ADAPTER = "azmigrate.addresses-without-adapter";

    private AzureMigrateWarnings() {
    }
}
