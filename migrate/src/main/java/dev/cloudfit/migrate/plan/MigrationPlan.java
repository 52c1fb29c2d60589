package dev.cloudfit.migrate.plan;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What {@code migrate plan} decided, pinned to one workbook: its path and SHA-256, its id, the key
 * that signed it, the vCenter its VMs were found in, and the approved VMs.
 */
public record MigrationPlan(Path workbook, String workbookSha256, UUID workbookId, String signedBy, String vcenter,
        Instant plannedAt, List<PlannedVm> vms) {

    public MigrationPlan {
        Objects.requireNonNull(workbook, "workbook");
        Objects.requireNonNull(workbookSha256, "workbookSha256");
        Objects.requireNonNull(workbookId, "workbookId");
        Objects.requireNonNull(signedBy, "signedBy");
        Objects.requireNonNull(vcenter, "vcenter");
        Objects.requireNonNull(plannedAt, "plannedAt");
        vms = List.copyOf(vms);
    }

    public Optional<PlannedVm> vm(String nameOrUuid) {
        return vms.stream().filter(v -> v.name().equals(nameOrUuid) || v.instanceUuid().equalsIgnoreCase(nameOrUuid))
                .findFirst();
    }
}
