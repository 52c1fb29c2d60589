package dev.cloudfit.migrate.preflight;

import dev.cloudfit.migrate.plan.ApprovedDiskTypes;
import dev.cloudfit.migrate.plan.PlannedVm;
import dev.cloudfit.vsphere.vm.VmFacts;
import java.util.List;

/**
 * Each disk gets the type approved for it ({@link ApprovedDiskTypes}: matched by slot, never by the
 * device list's order); a disk whose approved type cannot be determined blocks the VM rather than be
 * given a guess.
 */
final class ApprovedDiskTypeRule implements SourceRule {

    @Override
    public List<Finding> check(PlannedVm planned, VmFacts facts) {
        return ApprovedDiskTypes.match(planned.row().diskTypes(), facts).problems().stream()
                .map(p -> switch (p.kind()) {
                    case AMBIGUOUS -> new Finding("vmware.disk.type-ambiguous", Severity.BLOCKER, planned.name(),
                            p.message(), "make vCenter report the disk's controller and unit (a disk on a supported"
                                    + " SCSI, SATA, NVMe or IDE controller), then plan again");
                    case TOO_SMALL -> new Finding("vmware.disk.type-too-small", Severity.BLOCKER, planned.name(),
                            p.message(), "the disk grew, or the assessment listed the disks in another order: assess"
                                    + " the VM again and have the new row approved");
                })
                .toList();
    }
}
