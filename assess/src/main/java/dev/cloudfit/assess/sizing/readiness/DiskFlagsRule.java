package dev.cloudfit.assess.sizing.readiness;

import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.Vm;

import java.util.ArrayList;
import java.util.List;

/**
 * Disks a VMware snapshot-based migration does not carry as they are: raw device mappings, disks shared
 * between VMs (clusters) and independent disks (not in snapshots). Each is a condition with its remedy.
 */
public final class DiskFlagsRule implements ReadinessRule {

    @Override
    public List<Finding> check(Vm vm) {
        List<Finding> out = new ArrayList<>();
        List<Disk> disks = vm.disks();
        for (int i = 0; i < disks.size(); i++) {
            Disk d = disks.get(i);
            String label = DiskSizeRule.label(d, i);
            if (d.rdm()) {
                out.add(new Finding("vmware.disk.rdm", "RawDeviceMapping", Severity.CONDITION, label,
                        "Raw device mapping: agentless replication cannot copy it",
                        "Copy the LUN's data to a managed disk (storage migration or agent-based replication)"));
            }
            if (d.shared()) {
                out.add(new Finding("vmware.disk.shared", "SharedDisk", Severity.CONDITION, label,
                        "Disk shared with other VMs (multi-writer or cluster)",
                        "Use an Azure shared managed disk (Premium SSD or Ultra) and plan the cluster migration separately"));
            }
            if (d.independent()) {
                out.add(new Finding("vmware.disk.independent", "IndependentDisk", Severity.CONDITION, label,
                        "Independent disk: snapshots, and so snapshot-based replication, skip it",
                        "Switch the disk to dependent mode before replication, or copy its data separately"));
            }
        }
        return out;
    }
}
