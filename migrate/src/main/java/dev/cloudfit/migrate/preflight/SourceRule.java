package dev.cloudfit.migrate.preflight;

import dev.cloudfit.migrate.plan.PlannedVm;
import dev.cloudfit.vsphere.vm.VmFacts;
import java.util.List;

/** One check of a source VM against its approved plan row. */
public interface SourceRule {

    List<Finding> check(PlannedVm planned, VmFacts facts);

    /** Every vSphere rule cloudfit runs, in the order findings are listed. */
    static List<SourceRule> all() {
        return List.of(new DiskCountRule(), new ApprovedDiskTypeRule(), new BootDiskRule(), new RdmDiskRule(),
                new SharedDiskRule(), new EncryptedDiskRule(),
                new IndependentDiskRule(), new OsDiskSizeRule(), new ExistingSnapshotsRule(), new ChangeTrackingRule(),
                new PowerStateRule(), new DatastoreSpaceRule());
    }
}
