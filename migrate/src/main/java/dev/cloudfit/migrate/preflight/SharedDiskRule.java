package dev.cloudfit.migrate.preflight;

import dev.cloudfit.migrate.plan.PlannedVm;
import dev.cloudfit.vsphere.vm.DiskFacts;
import dev.cloudfit.vsphere.vm.VmFacts;
import java.util.List;

/** A multi-writer disk belongs to a cluster of VMs; copying it with one of them splits the cluster. */
final class SharedDiskRule implements SourceRule {

    @Override
    public List<Finding> check(PlannedVm planned, VmFacts facts) {
        return facts.disks().stream().filter(DiskFacts::shared).map(d -> new Finding("vmware.disk.shared",
                Severity.BLOCKER, planned.name(), d.label() + " is shared with other VMs (multi-writer)",
                "migrate the clustered application with Azure shared disks by hand, or keep it on AVS")).toList();
    }
}
