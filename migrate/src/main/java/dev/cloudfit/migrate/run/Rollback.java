package dev.cloudfit.migrate.run;

import dev.cloudfit.migrate.azure.AzureAdapter;
import dev.cloudfit.migrate.azure.AzureResourceId;
import dev.cloudfit.migrate.azure.Provenance;
import dev.cloudfit.migrate.journal.Event;
import dev.cloudfit.migrate.journal.RunMode;
import dev.cloudfit.migrate.journal.VmJournal;
import dev.cloudfit.migrate.journal.VmProgress;
import dev.cloudfit.migrate.plan.MigrateWorkspace;
import dev.cloudfit.migrate.plan.MigrationPlan;
import dev.cloudfit.migrate.plan.PlannedVm;
import dev.cloudfit.migrate.source.SourceVm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts things back as they were before a VM's runs, from its journal alone: the Azure resources
 * recorded as created are deleted (newest first; the adapter cross-checks the tags and sweeps what
 * else carries them), the plan's shared test network is let go of (deleted after its last VM), then the
 * source's changes are undone (snapshot removed, power restored, a warm copy's snapshot and state released,
 * changed-block tracking switched off when cloudfit switched it on).
 * Every removal and undo is journaled, so a rollback cut short is finished by running it again.
 */
final class Rollback {

    private static final Object SHARED = new Object();

    private final SourceVm source;
    private final AzureAdapter azure;
    private final String subscription;
    private final MigrationPlan plan;
    private final MigrateWorkspace workspace;

    Rollback(SourceVm source, AzureAdapter azure, String subscription, MigrationPlan plan, MigrateWorkspace workspace) {
        this.source = source;
        this.azure = azure;
        this.subscription = subscription;
        this.plan = plan;
        this.workspace = workspace;
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
            Provenance provenance = AzureTargets.of(subscription, plan, vm, mode).provenance();
            if (!ids.isEmpty() || p.mode().orElse(null) == mode) {
                azure.remove(ids, provenance);
                for (AzureResourceId id : ids) {
                    journal.append(Event.REMOVED, Map.of("id", id.toString()));
                }
            }
            for (VmProgress.Created shared : p.used()) {
                if (shared.mode().orElse(null) == mode) {
                    release(vm, journal, AzureResourceId.parse(shared.id()), provenance);
                }
            }
        }
        undoSource(vm, journal, p, only);
    }

    /**
     * Lets go of a shared network after this VM's NIC is gone: deleted only when no other VM of the
     * plan has it in its journal as used and no NIC of the plan is in it. One VM at a time decides
     * (a lock within this process, a file lock in the workspace across shard processes), so the last
     * two VMs let go of it in turn and the second deletes it. RELEASED is journaled after the decision:
     * a removal cut short decides again.
     */
    private void release(PlannedVm vm, VmJournal journal, AzureResourceId network, Provenance provenance) {
        synchronized (SHARED) {
            Path lockFile = workspace.journal(vm.instanceUuid()).resolveSibling("shared-resources.lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                Optional<String> other = otherUser(vm, network);
                boolean deleted = other.isEmpty() && azure.releaseTestNetwork(network, provenance);
                journal.append(Event.RELEASED, Map.of("id", network.toString(), "deleted", Boolean.toString(deleted),
                        "usedBy", other.orElse("")));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot lock " + lockFile + ": " + e.getMessage(), e);
            }
        }
    }

    /** @return another VM of the plan whose journal shows the network as used and not released */
    private Optional<String> otherUser(PlannedVm vm, AzureResourceId network) {
        for (PlannedVm other : plan.vms()) {
            if (other.instanceUuid().equalsIgnoreCase(vm.instanceUuid())) {
                continue;
            }
            VmProgress p = VmProgress.replay(VmJournal.read(workspace.journal(other.instanceUuid())));
            if (p.used().stream().anyMatch(u -> u.id().equalsIgnoreCase(network.toString()))) {
                return Optional.of(other.name());
            }
        }
        return Optional.empty();
    }

    private void undoSource(PlannedVm vm, VmJournal journal, VmProgress p, RunMode only) {
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
