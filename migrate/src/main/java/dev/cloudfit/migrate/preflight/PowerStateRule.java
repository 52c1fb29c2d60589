package dev.cloudfit.migrate.preflight;

import dev.cloudfit.migrate.plan.PlannedVm;
import dev.cloudfit.vsphere.vm.PowerState;
import dev.cloudfit.vsphere.vm.VmFacts;
import java.util.List;

/** A suspended VM cannot be snapshotted for a test nor exported; a running one is powered off at cutover. */
final class PowerStateRule implements SourceRule {

    @Override
    public List<Finding> check(PlannedVm planned, VmFacts facts) {
        if (facts.powerState() == PowerState.SUSPENDED) {
            return List.of(new Finding("vmware.vm.suspended", Severity.BLOCKER, planned.name(),
                    "the VM is suspended", "resume it and shut it down cleanly, or power it on"));
        }
        if (facts.powerState() == PowerState.POWERED_ON) {
            return List.of(new Finding("vmware.vm.powered-on", Severity.INFO, planned.name(),
                    "the VM is running: a test migration leaves it running, the cutover powers it off",
                    "shut the guest down cleanly before the cutover, or let cloudfit power it off (recorded, undone by"
                            + " rollback)"));
        }
        return List.of();
    }
}
