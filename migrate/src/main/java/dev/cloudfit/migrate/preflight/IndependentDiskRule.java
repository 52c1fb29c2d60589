package dev.cloudfit.migrate.preflight;

import dev.cloudfit.migrate.plan.PlannedVm;
import dev.cloudfit.vsphere.vm.DiskFacts;
import dev.cloudfit.vsphere.vm.VmFacts;
import java.util.List;

/** Independent disks are left out of snapshots: a test copy of one reads it while the guest writes. */
final class IndependentDiskRule implements SourceRule {

    @Override
    public List<Finding> check(PlannedVm planned, VmFacts facts) {
        return facts.disks().stream().filter(DiskFacts::independent).map(d -> new Finding("vmware.disk.independent",
                Severity.WARNING, planned.name(), d.label() + " is independent (" + d.diskMode() + "): snapshots do"
                        + " not hold it, so a test migration copies it while it changes",
                "accept an inconsistent test copy, or set the disk to dependent; the cutover copies it with the VM"
                        + " powered off")).toList();
    }
}
