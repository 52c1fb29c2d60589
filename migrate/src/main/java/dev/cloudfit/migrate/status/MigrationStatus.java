package dev.cloudfit.migrate.status;

import dev.cloudfit.migrate.itinerary.Step;
import dev.cloudfit.migrate.journal.JournalRecord;
import dev.cloudfit.migrate.journal.VmJournal;
import dev.cloudfit.migrate.journal.VmProgress;
import dev.cloudfit.migrate.plan.MigrateWorkspace;
import dev.cloudfit.migrate.plan.MigrationPlan;
import dev.cloudfit.migrate.plan.PlannedVm;
import dev.cloudfit.migrate.preflight.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The status of every approved VM of one or more workspaces (one per shard): each VM once, from the
 * workspace whose journal of it is newest; a VM no shard has started is "not started", or says what
 * blocks it.
 */
public final class MigrationStatus {

    private MigrationStatus() {
    }

    public static List<VmStatus> of(List<MigrateWorkspace> workspaces) {
        Map<String, VmStatus> byUuid = new LinkedHashMap<>();
        Map<String, Long> newest = new LinkedHashMap<>();
        for (MigrateWorkspace ws : workspaces) {
            MigrationPlan plan = ws.plan();
            for (PlannedVm vm : plan.vms()) {
                Path journal = ws.journal(vm.instanceUuid());
                long modified = modified(journal);
                if (!byUuid.containsKey(vm.instanceUuid()) || modified > newest.get(vm.instanceUuid())) {
                    byUuid.put(vm.instanceUuid(), status(vm, journal, ws.root().toString()));
                    newest.put(vm.instanceUuid(), modified);
                }
            }
        }
        return new ArrayList<>(byUuid.values());
    }

    private static long modified(Path file) {
        try {
            return Files.exists(file) ? Files.getLastModifiedTime(file).toMillis() : -1;
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    static VmStatus status(PlannedVm vm, Path journal, String workspace) {
        List<JournalRecord> records = VmJournal.read(journal);
        VmProgress p = VmProgress.replay(records);
        String step = records.isEmpty() ? "" : records.get(records.size() - 1).step().map(Step::toString).orElse("");
        String error = p.failure().map(VmProgress.Failure::error).orElse("");
        String remedy = p.failure().map(VmProgress.Failure::remedy).orElse("");
        if (records.isEmpty() && vm.blocked()) {
            Optional<Finding> blocker = vm.findings().stream().filter(Finding::blocks).findFirst();
            error = blocker.map(f -> f.id() + ": " + f.message()).orElse("");
            remedy = blocker.map(Finding::remedy).orElse("");
        }
        return new VmStatus(vm.name(), vm.instanceUuid(), vm.row().wave(), vm.row().targetSize(), p.state(),
                p.mode().map(m -> m.word()).orElse(""), step, p.totalBytesMoved(), p.started(), p.ended(),
                java.util.stream.Stream.concat(p.created().stream(), p.used().stream()).map(VmProgress.Created::id).toList(),
                error, remedy, workspace);
    }
}
