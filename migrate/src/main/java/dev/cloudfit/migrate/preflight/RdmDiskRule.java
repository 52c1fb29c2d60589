package dev.cloudfit.migrate.preflight;

import dev.cloudfit.migrate.plan.PlannedVm;
import dev.cloudfit.vsphere.vm.DiskFacts;
import dev.cloudfit.vsphere.vm.VmFacts;
import java.util.List;

/** A raw device mapping is a LUN, not a disk file: neither export nor a snapshot copies it. */
final class RdmDiskRule implements SourceRule {

    @Override
    public List<Finding> check(PlannedVm planned, VmFacts facts) {
        return facts.disks().stream().filter(DiskFacts::rdm).map(d -> new Finding("vmware.disk.rdm", Severity.BLOCKER,
                planned.name(), d.label() + " is a raw device mapping (" + d.fileName() + ")",
                "convert it to a virtual disk (Storage vMotion with a disk format change), or move its data separately"
                        + " and detach it")).toList();
    }
}
