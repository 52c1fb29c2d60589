package dev.cloudfit.migrate.plan;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.migrate.preflight.Finding;
import dev.cloudfit.migrate.preflight.Severity;
import dev.cloudfit.migrate.preflight.SourceRule;
import dev.cloudfit.reports.plan.ApprovedPlan;
import dev.cloudfit.reports.plan.ApprovedPlanReader;
import dev.cloudfit.reports.plan.ApprovedRow;
import dev.cloudfit.reports.plan.signing.TrustedKeys;
import dev.cloudfit.vsphere.vm.DiskFacts;
import dev.cloudfit.vsphere.vm.VmFacts;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code migrate plan}: verifies the workbook (signature by a trusted key, fingerprints, approvals),
 * pins its SHA-256, finds each approved VM in vCenter by instance UUID and runs the vSphere rules on
 * it. The digest is taken before and after reading: a workbook changed while it was read is refused.
 * The OS disk and the data disks' order come from {@link DiskOrder}, each disk's approved type from
 * {@link ApprovedDiskTypes}: by boot order and slot, never by the position in vCenter's device list.
 */
public final class Planner {

    private final TrustedKeys trusted;
    private final List<SourceRule> rules;
    private final Clock clock;

    public Planner(TrustedKeys trusted, List<SourceRule> rules, Clock clock) {
        this.trusted = trusted;
        this.rules = List.copyOf(rules);
        this.clock = clock;
    }

    public MigrationPlan plan(Path workbook, String vcenter, SourceVms source) {
        Path file = workbook.toAbsolutePath();
        String before = WorkbookDigest.of(file);
        ApprovedPlan approved = new ApprovedPlanReader(trusted).read(file);
        if (!before.equals(WorkbookDigest.of(file))) {
            throw new BadInputException(InputLocation.of(file), "the workbook changed while it was read; plan again");
        }
        if (approved.approved().isEmpty()) {
            throw new BadInputException(InputLocation.of(file), "no row of the Migration Plan is approved (Approved ="
                    + " Yes, with Approved by and Approved on)");
        }
        List<PlannedVm> vms = new ArrayList<>();
        for (ApprovedRow row : approved.approved()) {
            vms.add(planVm(row, source.find(row.plan().vm().instanceUuid())));
        }
        return new MigrationPlan(file, before, approved.workbookId(), approved.signedBy().value(), vcenter,
                clock.instant(), vms);
    }

    private PlannedVm planVm(ApprovedRow row, Optional<VmFacts> found) {
        if (found.isEmpty()) {
            return new PlannedVm(row.plan(), row.approvedBy(), row.approvedOn(), "", "", List.of(),
                    List.of(new Finding("vmware.vm.not-found", Severity.BLOCKER, row.plan().vm().name(),
                            "no VM with instance UUID " + row.plan().vm().instanceUuid() + " in this vCenter",
                            "check --vcenter is the vCenter the VM was assessed in; a re-created VM needs a new"
                                    + " assessment and approval")));
        }
        VmFacts facts = found.get();
        List<PlannedDisk> disks = new ArrayList<>();
        ApprovedDiskTypes types = ApprovedDiskTypes.match(row.plan().diskTypes(), facts);
        List<DiskFacts> ordered = DiskOrder.of(facts).all();
        for (int i = 0; i < ordered.size(); i++) {
            DiskFacts d = ordered.get(i);
            // no type when it cannot be determined: pre-flight's finding then blocks the VM
            disks.add(new PlannedDisk(i, d.key(), d.capacity(), d.fileName(), types.of(d).orElse("")));
        }
        PlannedVm planned = new PlannedVm(row.plan(), row.approvedBy(), row.approvedOn(), facts.vm().value(),
                facts.firmware(), disks, List.of());
        List<Finding> findings = new ArrayList<>();
        for (SourceRule rule : rules) {
            findings.addAll(rule.check(planned, facts));
        }
        return planned.withFindings(findings);
    }
}
