package dev.cloudfit.assess.inventory.generate;

import dev.cloudfit.assess.inventory.Host;
import dev.cloudfit.assess.inventory.PowerState;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.reports.table.SheetOutput;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * vHost, one row per ESXi host: CPU model, speed, sockets and cores, memory in MiB, ESXi version,
 * server vendor and model, and the VM totals RVTools computes per host. The totals are tallied as
 * the VMs go by ({@link #count}), so the rows are written after the VM sheets.
 */
final class VHostSheet {

    static final List<String> HEADERS = List.of("Host", "Datacenter", "Cluster", "Config status",
            "in Maintenance Mode", "CPU Model", "Speed", "HT Available", "HT Active", "# CPU", "Cores per CPU",
            "# Cores", "# Memory", "# NICs", "# HBAs", "# VMs total", "# VMs", "VMs per Core", "# vCPUs",
            "vCPUs per Core", "vRAM", "ESX Version", "Vendor", "Model", "Object ID", "VI SDK Server", "VI SDK UUID");

    private final EstateTopology topology;
    private final Map<String, int[]> tallies = new HashMap<>();

    VHostSheet(EstateTopology topology) {
        this.topology = topology;
    }

    /** Adds a VM to its host's totals: all VMs, powered-on VMs, their vCPUs and memory (MiB). */
    void count(Vm vm) {
        int[] t = tallies.computeIfAbsent(vm.placement().host(), h -> new int[4]);
        t[0]++;
        if (vm.powerState() == PowerState.POWERED_ON) {
            t[1]++;
            t[2] += vm.vcpus();
            t[3] += (int) RvToolsVmColumns.mib(vm.memory());
        }
    }

    void write(SheetOutput out) {
        int objectId = 10;
        for (ClusterSite c : topology.clusters()) {
            for (Host h : c.hosts()) {
                int[] t = tallies.getOrDefault(h.name(), new int[4]);
                double cores = h.cpuCores();
                out.row(new RowCells().text(h.name()).text(h.datacenter()).text(h.cluster()).text("green").flag(false)
                        .text(h.cpuModel()).number(Math.round(h.cpuSpeed().toMegahertz())).flag(true).flag(true)
                        .number(h.cpuSockets()).number(h.cpuCores() / h.cpuSockets()).number(h.cpuCores())
                        .number(RvToolsVmColumns.mib(h.memory())).number(4).number(2).number(t[0]).number(t[1])
                        .decimal(t[1] / cores).number(t[2]).decimal(t[2] / cores).number(t[3]).text(h.esxVersion())
                        .text(c.server().vendor()).text(c.server().model()).text("host-" + objectId++)
                        .text(topology.vcenter()).text(topology.vcenterUuid()).cells());
            }
        }
    }
}
