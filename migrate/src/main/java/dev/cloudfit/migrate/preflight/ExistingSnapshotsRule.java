package dev.cloudfit.migrate.preflight;

import dev.cloudfit.migrate.plan.PlannedVm;
import dev.cloudfit.vsphere.vm.VmFacts;
import java.util.List;

/** Snapshots the VM already has slow every read and grow with cloudfit's own snapshot on top. */
final class ExistingSnapshotsRule implements SourceRule {

    @Override
    public List<Finding> check(PlannedVm planned, VmFacts facts) {
        if (facts.snapshots() == 0) {
            return List.of();
        }
        return List.of(new Finding("vmware.vm.snapshots", Severity.WARNING, planned.name(),
                "the VM has " + facts.snapshots() + " snapshot(s); the copy reads the current state through them",
                "delete or consolidate old snapshots before migrating"));
    }
}
