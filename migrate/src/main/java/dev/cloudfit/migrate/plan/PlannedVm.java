package dev.cloudfit.migrate.plan;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.migrate.itinerary.Itinerary;
import dev.cloudfit.migrate.preflight.Finding;
import dev.cloudfit.reports.model.PlanRow;
import dev.cloudfit.vsphere.vm.DiskFacts;
import dev.cloudfit.vsphere.vm.VmFacts;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One approved VM of the plan: the row exactly as approved (assessed facts and the admin's targets),
 * who approved it and when, what vCenter says of it now (MoRef, firmware, disks) and the pre-flight
 * findings. A VM with a blocking finding is not run.
 */
public record PlannedVm(PlanRow row, String approvedBy, LocalDate approvedOn, String moRef, String firmware,
        List<PlannedDisk> disks, List<Finding> findings) {

    public PlannedVm {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(moRef, "moRef");
        Objects.requireNonNull(firmware, "firmware");
        disks = List.copyOf(disks);
        findings = List.copyOf(findings);
    }

    public String name() {
        return row.vm().name();
    }

    public String instanceUuid() {
        return row.vm().instanceUuid();
    }

    public boolean uefi() {
        return "efi".equalsIgnoreCase(firmware);
    }

    public boolean blocked() {
        return findings.stream().anyMatch(Finding::blocks);
    }

    public Itinerary itinerary() {
        return Itinerary.forDisks(disks.size());
    }

    /**
     * The live disk planned as disk {@code i}, found in {@code facts} by its device key (vCenter's list order is
     * not the plan's disk order).
     *
     * @throws ExternalSystemException when vCenter no longer has that disk: plan again
     */
    public DiskFacts liveDisk(VmFacts facts, int i) {
        PlannedDisk planned = disks.get(i);
        return facts.disk(planned.key()).orElseThrow(() -> new ExternalSystemException(name() + ": "
                + planned.fileName() + " (device key " + planned.key() + "), planned as disk " + i
                + ", is no longer in vCenter; plan again"));
    }

    public PlannedVm withFindings(List<Finding> more) {
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(more);
        return new PlannedVm(row, approvedBy, approvedOn, moRef, firmware, disks, all);
    }
}
