package dev.cloudfit.migrate.preflight;

import dev.cloudfit.migrate.plan.PlannedVm;
import dev.cloudfit.vsphere.vm.DiskFacts;
import dev.cloudfit.vsphere.vm.VmFacts;
import java.util.List;

/** A disk encrypted by vSphere VM encryption exports as ciphertext that Azure cannot boot. */
final class EncryptedDiskRule implements SourceRule {

    @Override
    public List<Finding> check(PlannedVm planned, VmFacts facts) {
        return facts.disks().stream().filter(DiskFacts::encrypted).map(d -> new Finding("vmware.disk.encrypted",
                Severity.BLOCKER, planned.name(), d.label() + " is encrypted by vSphere VM encryption",
                "decrypt the VM in vCenter (remove the encryption storage policy) before migrating; Azure encrypts"
                        + " managed disks at rest")).toList();
    }
}
