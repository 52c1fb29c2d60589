package dev.cloudfit.assess.inventory.generate;

import dev.cloudfit.assess.inventory.PowerState;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.reports.table.SheetOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * vInfo, one row per VM: a subset of RVTools 4.7's 93 columns in their real order, with every
 * column an importer needs (counts, MiB sizes, firmware, hardware version, placement, both OS names,
 * the three identities and the vCenter).
 */
final class VInfoSheet implements RvToolsVmSheet {

    static final String SDK_SERVER_TYPE = "VMware vCenter Server 8.0.2 build-22385739";
    static final String SDK_API_VERSION = "8.0.2.0";
    private static final int NETWORK_COLUMNS = 8;

    private final RvToolsVmColumns common;
    private final List<String> headers;

    VInfoSheet(RvToolsVmColumns common) {
        this.common = common;
        List<String> h = new ArrayList<>(RvToolsVmColumns.LEADING);
        h.addAll(List.of("Config status", "DNS Name", "Connection state", "Guest state", "Heartbeat",
                "Consolidation Needed", "PowerOn", "Creation date", "CPUs", "Memory", "NICs", "Disks",
                "Total disk capacity MiB", "EnableUUID", "CBT", "Primary IP Address"));
        for (int i = 1; i <= NETWORK_COLUMNS; i++) {
            h.add("Network #" + i);
        }
        h.addAll(List.of("Num Monitors", "Video Ram KiB", "Resource pool", "Folder", "vApp", "Provisioned MiB",
                "In Use MiB", "Unshared MiB", "HA Restart Priority", "EFI Secure boot", "Firmware", "HW version",
                "HW upgrade status", "Path", "Log directory"));
        h.addAll(common.annotationBlock());
        h.addAll(List.of("Datacenter", "Cluster", "Host", "OS according to the configuration file",
                "OS according to the VMware Tools", "VM ID", "SMBIOS UUID", "VM UUID", "VI SDK Server type",
                "VI SDK API Version", "VI SDK Server", "VI SDK UUID"));
        this.headers = List.copyOf(h);
    }

    @Override
    public String name() {
        return "vInfo";
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public void write(GeneratedVm g, SheetOutput out) {
        Vm vm = g.vm();
        boolean running = vm.guestOs().reportedByTools() != null;
        boolean on = vm.powerState() == PowerState.POWERED_ON;
        String home = vm.disks().isEmpty() ? null : vm.disks().get(0).datastore();
        String primaryIp = vm.nics().stream().flatMap(n -> n.ipv4().stream()).findFirst().orElse(null);
        boolean backedUp = vm.tags().stream().anyMatch(t -> "Backup Policy".equals(t.category()) && !"None".equals(t.name()));
        RowCells row = common.leading(vm)
                .text("green").text(running ? vm.name() + ".corp.example" : null).text("connected")
                .text(running ? "running" : "notRunning").text(running ? "green" : "gray").flag(false)
                .time(g.poweredOnAt()).time(g.createdAt())
                .number(vm.vcpus()).number(RvToolsVmColumns.mib(vm.memory())).number(vm.nics().size())
                .number(vm.disks().size()).number(RvToolsVmColumns.mib(vm.diskCapacity()))
                .flag(!vm.guestOs().family().label().startsWith("Windows")).flag(backedUp).text(primaryIp);
        for (int i = 0; i < NETWORK_COLUMNS; i++) {
            row.text(i < vm.nics().size() ? vm.nics().get(i).network() : null);
        }
        row.number(1).number(8192)
                .text("/" + vm.placement().datacenter() + "/" + vm.placement().cluster() + "/Resources")
                .text(vm.placement().folder()).blank()
                .number(RvToolsVmColumns.mib(vm.provisioned())).number(RvToolsVmColumns.mib(vm.inUse()))
                .number(RvToolsVmColumns.mib(vm.inUse())).text("medium").flag(g.secureBoot())
                .text(vm.firmware().name().toLowerCase(Locale.ROOT)).number(vm.hardwareVersion()).text("none")
                .text(home == null ? null : "[" + home + "] " + vm.name() + "/" + vm.name() + ".vmx")
                .text(home == null ? null : "[" + home + "] " + vm.name() + "/");
        common.annotation(row, vm);
        row.text(vm.placement().datacenter()).text(vm.placement().cluster()).text(vm.placement().host())
                .text(vm.guestOs().configured()).text(vm.guestOs().reportedByTools())
                .text(vm.identity().vmId()).text(vm.identity().biosUuid()).text(vm.identity().instanceUuid())
                .text(SDK_SERVER_TYPE).text(SDK_API_VERSION).text(common.vcenter()).text(common.vcenterUuid());
        out.row(row.cells());
    }
}
