package dev.cloudfit.assess.workspace;

import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.DiskProvisioning;
import dev.cloudfit.assess.inventory.Firmware;
import dev.cloudfit.assess.inventory.GuestOs;
import dev.cloudfit.assess.inventory.Host;
import dev.cloudfit.assess.inventory.ImportWarning;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.InventorySource;
import dev.cloudfit.assess.inventory.Nic;
import dev.cloudfit.assess.inventory.Partition;
import dev.cloudfit.assess.inventory.Placement;
import dev.cloudfit.assess.inventory.PowerState;
import dev.cloudfit.assess.inventory.Tag;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.inventory.VmIdentity;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.core.units.Frequency;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** An inventory that uses every field, with unicode, formula-like text and nulls where the model allows them. */
final class RichInventory {

    private RichInventory() {
    }

    static Inventory build(String sourceName) {
        Vm web = Vm.builder(new VmIdentity("wéb-01 ☁ 東京", "vc01.corp.example", "vm-218",
                        "5011aa3e-8d1f-4e4f-9a5e-000000000001", "4211aa3e-0000-0000-0000-000000000001"))
                .powerState(PowerState.POWERED_ON).vcpus(4).coresPerSocket(2).memory(DataSize.ofGibibytes(16))
                .firmware(Firmware.EFI).guestOs(new GuestOs("Microsoft Windows Server 2022 (64-bit)", "Windows Server 2022 Datacenter"))
                .hardwareVersion(19)
                .placement(new Placement("DC-Zürich", "Cluster «A»", "esx01.corp.example", "/Prod/Web"))
                .annotation("=HYPERLINK(\"http://evil\")\nline 2; 'quoted' \"double\" \t tab")
                .customAttribute("Owner", "Zoë O'Brien").customAttribute("CostCenter", "+42").customAttribute("Note", "@SUM(A1)")
                .tag(new Tag("Env", "Prod")).tag(new Tag(null, "untagged-category")).tag(new Tag("App", "-2+3"))
                .disk(new Disk("Hard disk 1", DataSize.ofGibibytes(100), DiskProvisioning.THIN, "[ds-01] web/web.vmdk",
                        "SCSI controller 0", false, false, false))
                .disk(new Disk("Hard disk 2", DataSize.ofTebibytes(2), DiskProvisioning.THICK_EAGER_ZEROED, null, null,
                        true, true, true))
                .nic(new Nic("Network adapter 1", "VLAN-100", "VMXNET3", "00:50:56:aa:bb:cc", true,
                        List.of("10.0.0.5", "10.0.0.6"), List.of("fe80::1")))
                .nic(new Nic(null, null, null, null, false, List.of(), List.of()))
                .partition(new Partition("C:\\", DataSize.ofGibibytes(99), DataSize.ofGibibytes(40)))
                .partition(new Partition("/var/lib/données", DataSize.ofMebibytes(512), DataSize.ZERO))
                .provisioned(DataSize.ofGibibytes(2200)).inUse(DataSize.ofGibibytes(150))
                .build();
        Vm bare = Vm.builder(new VmIdentity("bare", null, null, null, null)).build();
        Vm template = Vm.builder(new VmIdentity("tmpl-rhel9", "vc01.corp.example", "vm-300", null, null))
                .template(true).powerState(PowerState.POWERED_OFF).firmware(Firmware.BIOS)
                .guestOs(new GuestOs("Red Hat Enterprise Linux 9 (64-bit)", null)).vcpus(2).memory(DataSize.ofMebibytes(4096))
                .build();
        Host host = new Host("esx01.corp.example", "DC-Zürich", "Cluster «A»", "Intel(R) Xeon(R) Gold 6248R", 2, 48,
                Frequency.ofMegahertz(3000), DataSize.ofGibibytes(768), "VMware ESXi 8.0.2 build-22380479");
        Host sparse = new Host("esx02", null, null, null, 0, 0, new Frequency(0), DataSize.ZERO, null);
        Path file = Path.of(sourceName);
        InventorySource source = new InventorySource(InventorySource.RVTOOLS_XLSX, sourceName,
                "ab".repeat(32), "4.4.1",
                Map.of("vcpus", List.of("vInfo", "vCPU"), "memory", List.of("vMemory")),
                List.of(new ImportWarning("rvtools.disk.capacity.missing",
                                InputLocation.of(file).inSheet("vDisk").atRow(12).atColumn("Capacity MiB"), "no capacity; disk skipped"),
                        new ImportWarning("rvtools.host.unknown", null, "host «esx03» not in vHost")),
                Map.of("rvtools.disk.capacity.missing", 120L, "rvtools.host.unknown", 1L));
        return new Inventory(List.of(web, bare, template), List.of(host, sparse), source);
    }
}
