package dev.cloudfit.migrate.run;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.migrate.azure.AzureAdapter;
import dev.cloudfit.migrate.azure.AzureResourceId;
import dev.cloudfit.migrate.azure.DiskTarget;
import dev.cloudfit.migrate.azure.ManagedDisk;
import dev.cloudfit.migrate.azure.UploadGrant;
import dev.cloudfit.migrate.disk.upload.PageBlobRest;
import dev.cloudfit.migrate.disk.upload.PageBlobTarget;
import dev.cloudfit.migrate.disk.upload.RetryPolicy;
import dev.cloudfit.migrate.disk.upload.SasUrl;
import dev.cloudfit.migrate.disk.upload.UploadLayout;
import dev.cloudfit.migrate.disk.vhd.VhdFooter;
import dev.cloudfit.migrate.itinerary.Step;
import dev.cloudfit.migrate.journal.Event;
import dev.cloudfit.migrate.journal.VmJournal;
import dev.cloudfit.migrate.journal.VmProgress;
import dev.cloudfit.migrate.plan.PlannedVm;
import dev.cloudfit.migrate.source.SourceVm;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.vm.DiskFacts;
import dev.cloudfit.vsphere.vm.VmFacts;
import dev.cloudfit.vsphere.warm.CopyMode;
import dev.cloudfit.vsphere.warm.CycleReport;
import dev.cloudfit.vsphere.warm.DiskCopy;
import dev.cloudfit.vsphere.warm.WarmState;
import dev.cloudfit.vsphere.warm.WarmStateFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The warm steps of a production run, with changed-block tracking (docs/migrate.md, "Warm copy"):
 * tracking switched on when off (recorded, switched off by rollback); the managed disks created for
 * upload and kept open between cycles; each cycle ({@code SYNC_DISKS} with the source running, then
 * {@code FINAL_SYNC} after powering it off) writes only the areas changed since the change ids the
 * cycle before stored (the first time: the allocated areas) onto the same disks, through
 * {@link PageBlobTarget}; the snapshot the cycles hold is released at {@code VERIFY}. The cycles' state
 * is {@code ws/migrate/warm/<uuid>.json}, stored after every step of a cycle: a cycle cut short (even by
 * {@code kill -9}) is run again from the last stored change ids.
 */
final class WarmSteps {

    /** Marks source changes of the production run, which a test's clean-up leaves alone. */
    static final String PRODUCTION = "production";
    /** Disk states in which a managed disk still takes writes. */
    private static final Set<String> OPEN = Set.of("ReadyToUpload", "ActiveUpload");

    private final PlannedVm vm;
    private final AzureTargets targets;
    private final VmJournal journal;
    private final SourceVm source;
    private final AzureAdapter azure;
    private final RunContext context;

    WarmSteps(PlannedVm vm, AzureTargets targets, VmJournal journal, SourceVm source, AzureAdapter azure,
            RunContext context) {
        this.vm = vm;
        this.targets = targets;
        this.journal = journal;
        this.source = source;
        this.azure = azure;
        this.context = context;
    }

    /** PREPARE_SOURCE: tracking on, recorded when cloudfit switched it on. */
    void prepare(Step step) {
        if (source.enableChangeTracking(vm.moRef())) {
            journal.append(Event.CHANGED, step, Map.of("kind", "cbt-enabled", "vm", vm.moRef(), "mode", PRODUCTION));
        }
    }

    /**
     * CREATE_DISK: a disk of ours still open for upload (an earlier sync wrote it) is taken as it is —
     * ensuring it would seal it and end the warm copy; otherwise the disk is ensured as in a cold run. A disk
     * of this VM still open for upload but made under another approval of the workbook, or for another size,
     * is refused with the remedy: sealing it would turn a half-done warm copy into a finished disk.
     */
    void createDisk(DiskTarget target) {
        Optional<ManagedDisk> found = context.arm(() -> azure.disk(target.id()));
        if (found.isPresent() && OPEN.contains(found.get().state()) && targets.provenance().owns(found.get().tags())) {
            ManagedDisk disk = found.get();
            if (targets.provenance().matchesExactly(disk.tags()) && disk.uploadSizeBytes() == target.uploadSizeBytes()) {
                return;
            }
            String why = disk.uploadSizeBytes() != target.uploadSizeBytes()
                    ? "for " + disk.uploadSizeBytes() + " bytes, the plan now needs " + target.uploadSizeBytes()
                    : "under another approval of the workbook";
            throw new ExternalSystemException(target.id().label() + " holds a warm copy of " + vm.name()
                    + " made by an earlier sync " + why + "; it is left open and unchanged (sealing it would make a"
                    + " half-done copy a finished disk): run 'cloudfit migrate rollback --vm " + vm.name()
                    + "', then 'cloudfit migrate sync' again");
        }
        context.arm(() -> azure.ensureDisk(target, targets.provenance()));
    }

    /** SYNC_DISKS ({@code last} false) or FINAL_SYNC (the source powered off first). */
    void cycle(Step step, VmProgress progress, boolean last) {
        Path path = context.workspace().warmState(vm.instanceUuid());
        WarmStateFile file = new WarmStateFile(path);
        if (progress.changes().stream().noneMatch(c -> c.kind().equals("warm"))) {
            journal.append(Event.CHANGED, step, Map.of("kind", "warm", "vm", vm.moRef(), "mode", PRODUCTION,
                    "state", path.getFileName().toString()));
        }
        if (last && source.powerOff(vm.moRef())) {
            journal.append(Event.CHANGED, step, Map.of("kind", "powered-off", "vm", vm.moRef()));
        }
        VmFacts facts = source.inspect(vm.moRef());
        if (facts.disks().size() != vm.disks().size()) {
            throw new ExternalSystemException(vm.name() + " has " + facts.disks().size() + " disk(s) in vCenter now, "
                    + vm.disks().size() + " were approved; plan again");
        }
        WarmState state = file.read().orElse(WarmState.start(new ManagedObjectReference("VirtualMachine", vm.moRef())));
        Map<Integer, String> copied = new TreeMap<>(state.copiedChangeIds());
        Map<Integer, PageBlobTarget> byKey = new HashMap<>();
        Map<Integer, Integer> indexOf = new HashMap<>();
        Set<Integer> fresh = new java.util.HashSet<>();
        for (int i = 0; i < vm.disks().size(); i++) {
            DiskFacts d = vm.liveDisk(facts, i);
            AzureResourceId id = targets.disk(i);
            ManagedDisk disk = context.arm(() -> azure.disk(id)).orElseThrow(() -> new ExternalSystemException(
                    id.label() + " is gone; run 'cloudfit migrate rollback --vm " + vm.name() + "', then sync again"));
            if ("ReadyToUpload".equals(disk.state()) && copied.remove(d.key()) != null) {
                // a disk that never received a byte (created anew): what the state says was copied is not in it
                fresh.add(d.key());
            }
            UploadGrant grant = context.arm(() -> azure.grantUpload(id, context.settings().uploadAccess()));
            UploadLayout layout = new UploadLayout(d.capacity().bytes());
            byte[] footer = new VhdFooter(layout.dataBytes(), Instant.now(),
                    UUID.nameUUIDFromBytes(id.toString().getBytes(StandardCharsets.UTF_8))).bytes();
            byKey.put(d.key(), new PageBlobTarget(new PageBlobRest(SasUrl.parse(grant.sasUrl().toString(),
                    "the upload access of " + id.name()), RetryPolicy.DEFAULT), layout, footer,
                    context.settings().uploadParallel()));
            indexOf.put(d.key(), i);
        }
        if (!copied.equals(state.copiedChangeIds())) {
            state = new WarmState(state.vm(), state.snapshot(), copied, state.cycles());
            file.write(state);
        }
        CycleReport report;
        try (KeyedLimits.Slot slot = context.diskSlot(facts.host()); Senders senders = new Senders(byKey.values())) {
            report = source.warmCycle(facts, state, d -> {
                PageBlobTarget t = byKey.get(d.key());
                if (t == null) {
                    throw new ExternalSystemException("disk " + d.key() + " of " + vm.name() + " was not approved; plan again");
                }
                return t;
            }, file::write);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExternalSystemException("stopped while waiting for a disk slot on " + facts.host());
        }
        for (DiskCopy c : report.disks()) {
            int i = indexOf.get(c.deviceKey());
            PageBlobTarget t = byKey.get(c.deviceKey());
            String note = c.note().isEmpty() && fresh.contains(c.deviceKey())
                    ? targets.disk(i).name() + " was empty (created anew): its allocated areas copied in full" : c.note();
            journal.append(Event.PROGRESS, step, Map.of("disk", Integer.toString(i),
                    "bytes", Long.toString(progress.bytesMoved().getOrDefault(i, 0L) + c.bytes()),
                    "sent", Long.toString(t.dataBytesSent()), "cleared", Long.toString(t.bytesCleared()),
                    "copy", word(c.mode()), "cycle", Integer.toString(report.state().cycles()), "note", note));
            context.listener().bytes(vm.name(), step, c.bytes(), c.bytes());
        }
    }

    /** Closes the targets' senders when the cycle ends, however it ends. */
    private record Senders(java.util.Collection<PageBlobTarget> targets) implements AutoCloseable {
        @Override
        public void close() {
            targets.forEach(PageBlobTarget::close);
        }
    }

    /** VERIFY: the snapshot the cycles held is removed, the state is no longer needed. */
    void release(Step step) {
        release(source, context.workspace().warmState(vm.instanceUuid()));
        journal.append(Event.UNDONE, step, Map.of("kind", "warm"));
    }

    /** Removes the snapshot a warm state holds and the state itself (verify, rollback). */
    static void release(SourceVm source, Path stateFile) {
        WarmStateFile file = new WarmStateFile(stateFile);
        file.read().ifPresent(s -> source.finishWarm(s, file::write));
        try {
            Files.deleteIfExists(stateFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the warm state " + stateFile, e);
        }
    }

    static String word(CopyMode mode) {
        return switch (mode) {
            case FIRST -> "allocated areas";
            case CHANGED -> "changed areas";
            case FULL_AFTER_RESET -> "full copy after a tracking reset";
        };
    }
}
