package dev.cloudfit.assess.inventory.rvtools;

/**
 * The header names cloudfit reads, with every spelling RVTools has used for each (display names of
 * 3.x and 4.x, and {@code -DBColumnNames} internal names). Source: RVTools 4.6.1 documentation and
 * real exports, summarised in shared/reference/inventory-formats.md (2026).
 */
final class RvColumns {

    private RvColumns() {
    }

    // common to the VM sheets
    static final String[] VM = {"VM", "VM Name", "VMName"};
    static final String[] POWERSTATE = {"Powerstate", "Power state"};
    static final String[] TEMPLATE = {"Template"};
    static final String[] SRM_PLACEHOLDER = {"SRM Placeholder", "SRMPlaceHolder"};
    static final String[] VM_ID = {"VM ID", "VMID", "Object ID"};
    static final String[] VM_UUID = {"VM UUID", "UUID"};
    static final String[] SMBIOS_UUID = {"SMBIOS UUID"};
    static final String[] SDK_SERVER = {"VI SDK Server", "VISDKServer"};
    static final String[] SDK_UUID = {"VI SDK UUID", "vCenter UUID", "VISDKUUID"};
    static final String[] ANNOTATION = {"Annotation"};
    static final String[] DATACENTER = {"Datacenter", "DataCenter"};
    static final String[] CLUSTER = {"Cluster"};
    static final String[] HOST = {"Host"};
    static final String[] FOLDER = {"Folder"};
    static final String[] OS_CONFIG = {"OS according to the configuration file", "OS"};
    static final String[] OS_TOOLS = {"OS according to the VMware Tools", "OSTools"};

    // vInfo
    static final String[] CPUS = {"CPUs", "NumCPU", "Num CPU"};
    static final String[] MEMORY = {"Memory", "MemoryMiB", "Memory MiB"};
    static final String[] NICS = {"NICs", "NumNICs"};
    static final String[] DISKS = {"Disks", "NumDisks"};
    static final String[] PROVISIONED = {"Provisioned MiB", "Provisioned"};
    static final String[] IN_USE = {"In Use MiB", "In Use", "InUse"};
    static final String[] TOTAL_DISK = {"Total disk capacity MiB", "TotalDiskCapacityMiB"};
    static final String[] FIRMWARE = {"Firmware"};
    static final String[] HW_VERSION = {"HW version", "VM Version", "HWVersion"};
    static final String[] PRIMARY_IP = {"Primary IP Address", "PrimaryIPAddress"};
    static final String NETWORK_N = "Network #";

    // vCPU
    static final String[] SOCKETS = {"Sockets", "NumSockets"};
    static final String[] CORES_PER_SOCKET = {"Cores p/s", "CoresPerSocket", "Cores per socket"};

    // vMemory
    static final String[] SIZE_MIB = {"Size MiB", "SizeMiB"};

    // vDisk
    static final String[] DISK_LABEL = {"Disk", "Label"};
    static final String[] CAPACITY = {"Capacity MiB", "CapacityMiB"};
    static final String[] RAW = {"Raw"};
    static final String[] DISK_MODE = {"Disk Mode", "DiskMode"};
    static final String[] SHARING_MODE = {"Sharing mode", "SharingMode"};
    static final String[] SHARED_BUS = {"Shared Bus", "SharedBus"};
    static final String[] THIN = {"Thin"};
    static final String[] EAGER = {"Eagerly Scrub", "EagerlyScrub"};
    static final String[] CONTROLLER = {"Controller"};
    /** The controller's label ("SCSI controller 0"); "Label" also names the disk in some versions, see VDiskReader. */
    static final String[] CONTROLLER_LABEL = {"Label"};
    /** The disk's unit on its controller ("SCSI Unit #" is the controller's own unit, 7). */
    static final String[] UNIT = {"Unit #", "UnitNumber"};
    static final String[] DISK_PATH = {"Path", "Disk Path"};

    // vNetwork
    static final String[] NIC_LABEL = {"NIC label", "NICLabel"};
    static final String[] ADAPTER = {"Adapter"};
    static final String[] NETWORK = {"Network"};
    static final String[] SWITCH = {"Switch"};
    static final String[] CONNECTED = {"Connected"};
    static final String[] MAC = {"Mac Address", "MacAddress"};
    static final String[] IPV4 = {"IPv4 Address", "IP Address", "IPv4Address"};
    static final String[] IPV6 = {"IPv6 Address", "IPv6Address"};

    // vPartition
    static final String[] PARTITION = {"Disk", "Partition"};
    static final String[] CONSUMED = {"Consumed MiB", "ConsumedMiB"};
    static final String[] FREE = {"Free MiB", "FreeMiB"};

    // vHost
    static final String[] HOST_NAME = {"Host", "Name", "HostName"};
    static final String[] CPU_MODEL = {"CPU Model", "CpuModel"};
    static final String[] SPEED = {"Speed", "CpuMhz"};
    static final String[] CPU_SOCKETS = {"# CPU", "NumCPU", "NumCpu"};
    static final String[] CORES_PER_CPU = {"Cores per CPU", "CoresPerCPU"};
    static final String[] CORES = {"# Cores", "NumCpuCores"};
    static final String[] HOST_MEMORY = {"# Memory", "MemorySize"};
    static final String[] ESX_VERSION = {"ESX Version", "ESXVersion"};

    // vMetaData
    static final String[] RVTOOLS_VERSION = {"RVTools version"};
}
