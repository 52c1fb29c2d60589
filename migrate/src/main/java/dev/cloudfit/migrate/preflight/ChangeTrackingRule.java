package dev.cloudfit.migrate.preflight;

import dev.cloudfit.migrate.plan.PlannedVm;
import dev.cloudfit.vsphere.vm.VmFacts;
import java.util.List;

/** Without changed-block tracking every copy is a full copy, and the cutover's too. */
final class ChangeTrackingRule implements SourceRule {

    @Override
    public List<Finding> check(PlannedVm planned, VmFacts facts) {
        if (facts.changeTracking()) {
            return List.of();
        }
        return List.of(new Finding("vmware.vm.cbt-off", Severity.INFO, planned.name(),
                "changed-block tracking is off: each copy moves every allocated block",
                "none needed; enable it (cloudfit records and undoes the change) to shorten the cutover's copy"));
    }
}
