package dev.cloudfit.migrate.run;

import dev.cloudfit.migrate.azure.AzureAdapter;
import dev.cloudfit.migrate.azure.AzureResourceId;
import dev.cloudfit.migrate.journal.Event;
import dev.cloudfit.migrate.journal.RunMode;
import dev.cloudfit.migrate.journal.VmJournal;
import dev.cloudfit.migrate.journal.VmProgress;
import dev.cloudfit.migrate.plan.MigrateWorkspace;
import dev.cloudfit.migrate.plan.MigrationPlan;
import dev.cloudfit.migrate.plan.PlannedVm;
import dev.cloudfit.migrate.source.SourceVm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts things back as they were before a VM's runs, from its journal alone: the Azure resources
 * recorded as created are deleted (newest first; the adapter cross-checks the tags and sweeps what
 * else carries them), then the source's changes are undone (snapshot removed, power restored, a warm
 * copy's snapshot and state released, changed-block tracking switched off when cloudfit switched it on).
 * Every removal and undo is journaled, so a rollback cut short is finished by running it again.
 */
final class Rollback {

    private final SourceVm source;
    private final AzureAdapter azure;
    private final String subscription;
    private final MigrationPlan plan;
    private final MigrateWorkspace workspace;

    Rollback(SourceVm source, AzureAdapter azure, String subscription, MigrationPlan plan, MigrateWorkspace workspace) {
        this.workspace = workspace;
        this.source = source;
        this.azure = azure;
        this.subscription = subscription;
        this.plan = plan;
    }

    /** @param only the mode whose resources go ({@code null}: every mode's) */
    void undo(PlannedVm vm, VmJournal journal, RunMode only) {
        VmProgress p = VmProgress.replay(VmJournal.read(journal.file()));
        for (RunMode mode : RunMode.values()) {
            if (only != null && mode != only) {
                continue;
            }
            List<AzureResourceId> ids = new ArrayList<>();
            for (VmProgress.Created c : p.created()) {
                if (c.mode().orElse(null) == mode) {
                    ids.add(AzureResourceId.parse(c.id()));
                }
            }
            if (!ids.isEmpty() || p.mode().orElse(null) == mode) {
                azure.remove(ids, AzureTargets.of(subscription, plan, vm, mode).provenance());
                for (AzureResourceId id : ids) {
                    journal.append(Event.REMOVED, Map.of("id", id.toString()));
                }
            }
        }
        List<VmProgress.SourceChange> changes = new ArrayList<>(p.changes());
        java.util.Collections.reverse(changes);
        for (VmProgress.SourceChange c : changes) {
            if (only != null && only != RunMode.PRODUCTION && WarmSteps.PRODUCTION.equals(c.data().get("mode"))) {
                continue; // a test clean-up leaves the warm copy of the production run alone
            }
            switch (c.kind()) {
                case "snapshot" -> source.removeSnapshot(vm.moRef(), c.data().get("snapshot"));
                case "warm" -> WarmSteps.release(source, workspace.warmState(vm.instanceUuid()));
                case "cbt-enabled" -> source.disableChangeTracking(vm.moRef());
                case "powered-off" -> {
                    if (only == null) {
                        source.powerOn(vm.moRef());
                    } else {
                        continue; // a test clean-up leaves the cutover's power-off alone
                    }
                }
                default -> throw new IllegalStateException("unknown source change in the journal: " + c.kind());
            }
            journal.append(Event.UNDONE, Map.of("kind", c.kind()));
        }
    }
}
