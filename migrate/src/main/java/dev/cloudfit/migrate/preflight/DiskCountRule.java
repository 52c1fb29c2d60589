package dev.cloudfit.migrate.preflight;

import dev.cloudfit.migrate.plan.PlannedVm;
import dev.cloudfit.vsphere.vm.VmFacts;
import java.util.List;

/** The VM has as many disks as were assessed and approved; otherwise the plan no longer fits it. */
final class DiskCountRule implements SourceRule {

    @Override
    public List<Finding> check(PlannedVm planned, VmFacts facts) {
        int approved = planned.row().diskTypes().size();
        if (facts.disks().size() == approved) {
            return List.of();
        }
        return List.of(new Finding("vmware.vm.disks-changed", Severity.BLOCKER, planned.name(),
                "the VM has " + facts.disks().size() + " disk(s) now, the approved plan has " + approved,
                "assess the VM again and have the new row approved"));
    }
}
