package dev.cloudfit.assess.inventory.rvtools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.inventory.DiskProvisioning;
import dev.cloudfit.assess.inventory.Firmware;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.PowerState;
import dev.cloudfit.assess.inventory.Vm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every RVTools version quirk the research found, each in a workbook made for it. */
class RvToolsQuirksTest {

    @TempDir
    Path dir;

    private Inventory read(TestWorkbook wb) throws Exception {
        return new RvToolsImporter().importWorkbook(wb.write(dir.resolve("in.xlsx")));
    }

    private static double mib(dev.cloudfit.core.units.DataSize d) {
        return d.toMebibytes();
    }

    @Test
    void megabyteAndMebibyteHeadersMeanTheSameMebibytes() throws Exception {
        Inventory mb = read(new TestWorkbook().sheet("vInfo",
                List.of("VM", "CPUs", "Memory", "Provisioned MB", "In Use MB"),
                List.of("a", 2, 4096, 10_240, 5_120)));
        Inventory mib = new RvToolsImporter().importWorkbook(new TestWorkbook().sheet("vInfo",
                List.of("VM", "CPUs", "Memory", "Provisioned MiB", "In use MiB"),
                List.of("a", 2, 4096, 10_240, 5_120)).write(dir.resolve("mib.xlsx")));
        assertThat(mib(mb.vms().get(0).provisioned())).isEqualTo(10_240);
        assertThat(mib(mb.vms().get(0).inUse())).isEqualTo(5_120);
        assertThat(mb.vms().get(0).provisioned()).isEqualTo(mib.vms().get(0).provisioned());
        assertThat(mb.source().formatVersion()).isEqualTo("RVTools < 4.1.2");
    }

    @Test
    void pre38ColumnNames() throws Exception {
        Inventory inv = read(new TestWorkbook().sheet("tabvInfo",
                List.of("VM", "Powerstate", "CPUs", "Memory", "Provisioned MB", "In Use MB", "Datacenter", "Cluster",
                        "Host", "OS", "VM Version", "UUID", "Object ID"),
                List.of("old", "poweredOn", 1, 1024, 20_000, 9_000, "DC", "C1", "esx", "Microsoft Windows Server 2008 R2 (64-bit)",
                        "vmx-07", "4201aaaa-bbbb-cccc-dddd-eeeeeeeeeeee", "vm-42")));
        Vm vm = inv.vms().get(0);
        assertThat(vm.guestOs().configured()).isEqualTo("Microsoft Windows Server 2008 R2 (64-bit)");
        assertThat(vm.hardwareVersion()).isEqualTo(7);
        assertThat(vm.identity().vmId()).isEqualTo("vm-42");
        // before 4.3.1 the UUID column held the SMBIOS UUID, not vCenter's instance UUID
        assertThat(vm.identity().biosUuid()).isEqualTo("4201aaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
        assertThat(vm.identity().instanceUuid()).isNull();
    }

    @Test
    void dbColumnNamesHeaders() throws Exception {
        Inventory inv = read(new TestWorkbook()
                .sheet("vInfo", List.of("vInfoVMName", "vInfoPowerstate", "vInfoTemplate", "vInfoCPUs", "vInfoMemory",
                        "vInfoProvisioned", "vInfoInUse", "vInfoOS", "vInfoOSTools", "vInfoDataCenter", "vInfoCluster",
                        "vInfoHost", "vInfoUUID"),
                        List.of("db1", "poweredOff", "False", 4, 8192, 40_960, 20_480, "Red Hat Enterprise Linux 8 (64-bit)",
                                "", "DC", "C2", "esx2", "50aa-1"))
                .sheet("vHost", List.of("vHostName", "vHostCpuModel", "vHostCpuMhz", "vHostNumCPU", "vHostCoresPerCPU",
                        "vHostNumCpuCores", "vHostMemorySize"),
                        List.of("esx2", "AMD EPYC 7763", 2450, 2, 64, 128, 1_048_576))
                .sheet("vPartition", List.of("vPartitionVMName", "vPartitionDisk", "vPartitionCapacityMiB",
                        "vPartitionConsumedMiB"),
                        List.of("db1", "/", 20_000, 7_000)));
        Vm vm = inv.vms().get(0);
        assertThat(vm.vcpus()).isEqualTo(4);
        assertThat(mib(vm.memory())).isEqualTo(8192);
        assertThat(vm.powerState()).isEqualTo(PowerState.POWERED_OFF);
        assertThat(vm.placement().cluster()).isEqualTo("C2");
        assertThat(vm.identity().instanceUuid()).isEqualTo("50aa-1");
        assertThat(vm.partitions()).singleElement().satisfies(p -> assertThat(mib(p.consumed())).isEqualTo(7_000));
        assertThat(inv.hosts()).singleElement().satisfies(h -> {
            assertThat(h.cpuCores()).isEqualTo(128);
            assertThat(h.cpuSpeed().toMegahertz()).isEqualTo(2450);
        });
    }

    @Test
    void customAttributeColumnsBetweenAnnotationAndDatacenter() throws Exception {
        Inventory inv = read(new TestWorkbook().sheet("vInfo", TestWorkbook.vinfoHeader(),
                TestWorkbook.vinfoRow("app1", "vm-1", 2, 4096)));
        assertThat(inv.vms().get(0).customAttributes()).containsEntry("owner", "alice").containsEntry("app", "crm")
                .doesNotContainKey("Datacenter");
    }

    @Test
    void emptyAndPaddedHeaderCellsAndBlankTrailingRows() throws Exception {
        List<Object> header = new ArrayList<>(List.of("  VM ", "", "CPUs  ", "Memory", "Free % "));
        header.add(null);
        TestWorkbook wb = new TestWorkbook().sheet("vInfo", header,
                List.of("a", "x", 1, 512, 3), List.of("b", "y", 2, 1024, 4));
        List<List<Object>> blanks = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            blanks.add(new ArrayList<>(java.util.Arrays.asList("", null, "  ")));
        }
        wb.rows("vInfo", blanks);
        Inventory inv = read(wb);
        assertThat(inv.vms()).extracting(Vm::name).containsExactly("a", "b");
        assertThat(inv.vms()).extracting(Vm::vcpus).containsExactly(1, 2);
    }

    @Test
    void templatesAreKeptAndFlaggedAndBooleansInEverySpelling() throws Exception {
        Inventory inv = read(new TestWorkbook().sheet("vInfo", List.of("VM", "Template", "CPUs", "Memory"),
                List.of("t1", "True", 1, 512), List.of("t2", "TRUE", 1, 512), List.of("t3", "1", 1, 512),
                List.of("v1", "False", 1, 512), List.of("v2", "FALSE", 1, 512), List.of("v3", 0, 1, 512),
                List.of("t4", true, 1, 512)));
        assertThat(inv.vms().stream().filter(Vm::template).map(Vm::name)).containsExactly("t1", "t2", "t3", "t4");
    }

    @Test
    void perDiskNicAndHostSheetsJoinByVmId() throws Exception {
        List<Object> diskHeader = List.of("VM", "Disk", "Capacity MiB", "Raw", "Disk Mode", "Sharing mode", "Thin",
                "Eagerly Scrub", "Controller", "Path", "Shared Bus", "VM ID", "VI SDK UUID");
        Inventory inv = read(new TestWorkbook()
                .sheet("vInfo", TestWorkbook.vinfoHeader(), TestWorkbook.vinfoRow("same-name", "vm-1", 2, 4096),
                        TestWorkbook.vinfoRow("same-name", "vm-2", 4, 8192))
                .sheet("vDisk", diskHeader,
                        List.of("same-name", "Hard disk 1", 40_960, "False", "persistent", "sharingNone", "True", "False",
                                "SCSI controller 0", "[ds01] a/a.vmdk", "noSharing", "vm-2", "11111111-2222-3333-4444-555555555555"),
                        List.of("same-name", "Hard disk 2", 2_097_152, "True", "independent_persistent", "sharingMultiWriter",
                                "False", "True", "SCSI controller 1", "[ds02] a/a_1.vmdk", "physicalSharing", "vm-2",
                                "11111111-2222-3333-4444-555555555555"))
                .sheet("vNetwork", List.of("VM", "NIC label", "Adapter", "Network", "Connected", "Mac Address",
                        "IPv4 Address", "IPv6 Address", "VM ID"),
                        List.of("same-name", "Network adapter 1", "Vmxnet3", "VLAN10", "1", "00:50:56:aa:bb:cc",
                                "10.0.0.5, 10.0.0.6", "fe80::1", "vm-2")));
        Vm second = inv.vms().get(1);
        assertThat(second.identity().vmId()).isEqualTo("vm-2");
        assertThat(second.disks()).hasSize(2);
        assertThat(second.disks().get(0).provisioning()).isEqualTo(DiskProvisioning.THIN);
        assertThat(second.disks().get(0).datastore()).isEqualTo("ds01");
        assertThat(second.disks().get(1)).satisfies(d -> {
            assertThat(d.rdm()).isTrue();
            assertThat(d.independent()).isTrue();
            assertThat(d.shared()).isTrue();
            assertThat(d.provisioning()).isEqualTo(DiskProvisioning.THICK_EAGER_ZEROED);
        });
        assertThat(second.nics()).singleElement().satisfies(n -> {
            assertThat(n.ipv4()).containsExactly("10.0.0.5", "10.0.0.6");
            assertThat(n.ipv6()).containsExactly("fe80::1");
            assertThat(n.connected()).isTrue();
        });
        // the first VM had no vDisk rows: it keeps one aggregated disk from vInfo
        assertThat(inv.vms().get(0).disks()).singleElement()
                .satisfies(d -> assertThat(d.label()).isEqualTo(VDiskReader.AGGREGATED_LABEL));
        assertThat(inv.vms().get(0).firmware()).isEqualTo(Firmware.EFI);
        assertThat(inv.vms().get(0).hardwareVersion()).isEqualTo(19);
    }

    @Test
    void missingSheetsDegradeAndSayWhatFedEachField() throws Exception {
        Inventory inv = read(new TestWorkbook().sheet("vInfo",
                List.of("VM", "CPUs", "Memory", "NICs", "Total disk capacity MiB", "Network #1", "Network #2",
                        "Primary IP Address"),
                List.of("solo", 2, 2048, 2, 51_200, "Prod", "Backup", "192.168.1.10")));
        Vm vm = inv.vms().get(0);
        assertThat(vm.nics()).extracting(n -> n.network()).containsExactly("Prod", "Backup");
        assertThat(vm.nics().get(0).ipv4()).containsExactly("192.168.1.10");
        assertThat(vm.diskCapacity().toMebibytes()).isEqualTo(51_200);
        assertThat(inv.source().fieldSources().get("disks")).containsExactly("vInfo (no vDisk sheet: each VM's total split evenly over its Disks count, estimated)");
        assertThat(inv.source().fieldSources().get("hosts")).containsExactly("none (no vHost sheet)");
        assertThat(inv.source().formatVersion()).isEqualTo("RVTools >= 4.4.1");
    }

    @Test
    void cpuAndMemoryFallBackToTheirOwnSheetsWhenVinfoLacksThem() throws Exception {
        Inventory inv = read(new TestWorkbook()
                .sheet("vInfo", List.of("VM", "CPUs", "Memory"), java.util.Arrays.asList("x", null, null))
                .sheet("vCPU", List.of("VM", "CPUs", "Sockets", "Cores p/s"), List.of("x", 8, 2, 4))
                .sheet("vMemory", List.of("VM", "Size MiB"), List.of("x", 16_384)));
        Vm vm = inv.vms().get(0);
        assertThat(vm.vcpus()).isEqualTo(8);
        assertThat(vm.coresPerSocket()).isEqualTo(4);
        assertThat(mib(vm.memory())).isEqualTo(16_384);
        assertThat(inv.source().fieldSources().get("vcpus")).containsExactly("vInfo.CPUs", "vCPU.CPUs");
    }

    @Test
    void rowsOfOtherSheetsWithoutAVmAreCountedNotFatal() throws Exception {
        Inventory inv = read(new TestWorkbook()
                .sheet("vInfo", List.of("VM", "CPUs", "Memory"), List.of("x", 1, 512))
                .sheet("vDisk", List.of("VM", "Disk", "Capacity MiB"), List.of("ghost", "Hard disk 1", 1024)));
        assertThat(inv.source().warningCounts()).containsEntry("rvtools.orphan-row", 1L);
    }

    @Test
    void srmPlaceholdersAreNotVms() throws Exception {
        Inventory inv = read(new TestWorkbook().sheet("vInfo", List.of("VM", "SRM Placeholder", "CPUs", "Memory"),
                List.of("real", "False", 1, 512), List.of("shadow", "True", 1, 512)));
        assertThat(inv.vms()).extracting(Vm::name).containsExactly("real");
        assertThat(inv.source().warningCounts()).containsEntry("rvtools.vinfo.srm-placeholder", 1L);
    }
}
