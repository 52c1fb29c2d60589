package dev.cloudfit.vsphere.warm;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.cbt.ChangedAreas;
import dev.cloudfit.vsphere.cbt.DiskArea;
import dev.cloudfit.vsphere.cbt.DiskChanges;
import dev.cloudfit.vsphere.cbt.UnknownChangeIdException;
import dev.cloudfit.vsphere.datastore.DatastoreFiles;
import dev.cloudfit.vsphere.fault.ManagedObjectNotFoundException;
import dev.cloudfit.vsphere.property.PropertyCollector;
import dev.cloudfit.vsphere.property.PropertyValue;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.vm.VmChange;
import dev.cloudfit.vsphere.vm.VmDisk;
import dev.cloudfit.vsphere.vm.VmDisks;
import dev.cloudfit.vsphere.vm.VmOperations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One warm-migration cycle of a VM whose changed-block tracking is on, in the order of the VDDK guide and
 * Forklift (docs/migrate-export.md):
 *
 * <ol>
 *   <li>the change ids of the last copied state are in the {@link WarmState} already (stored by the cycle before);</li>
 *   <li>remove the snapshot the previous cycle held (its delta is consolidated into the base disk);</li>
 *   <li>take a new snapshot: the base disk now holds exactly the snapshot's state, and the guest writes to a delta;</li>
 *   <li>per disk, {@code QueryChangedDiskAreas(snapshot, key, changeId)}: {@code *} for a disk never copied,
 *       the stored change id otherwise; a refused change id (tracking reset) means a full copy, said so in the report;</li>
 *   <li>copy those areas from the base disk's flat extent (datastore HTTP, ranged reads) to the target at the same offsets;</li>
 *   <li>store the snapshot's change ids as copied.</li>
 * </ol>
 *
 * The state goes to the checkpoint after every step that changes it, so a cycle that fails is simply run
 * again: it removes the snapshot it finds in the state (and any {@code cloudfit-warm-*} snapshot a
 * crash left unrecorded) and copies from the last stored change ids.
 * For the final cycle, power the VM off first ({@link VmOperations#powerOff}), run a cycle, then
 * {@link #finish}.
 */
public final class WarmCycle {

    private final VmOperations operations;
    private final VmDisks disks;
    private final ChangedAreas changes;
    private final DatastoreFiles files;
    private final PropertyCollector collector;

    /** The name of every snapshot a cycle takes: {@code cloudfit-warm-<cycle>}. */
    static final String SNAPSHOT_PREFIX = "cloudfit-warm-";

    /**
     * @param session the vCenter session
     * @param files datastore access in the VM's datacenter
     */
    public WarmCycle(VcenterSession session, DatastoreFiles files) {
        this.operations = new VmOperations(session);
        this.disks = new VmDisks(session);
        this.changes = new ChangedAreas(session);
        this.files = Objects.requireNonNull(files, "files");
        this.collector = new PropertyCollector(session);
    }

    /**
     * Runs one cycle.
     *
     * @param state where the migration stands
     * @param targets the target of each source disk (asked once per disk per cycle)
     * @param checkpoint persists each new state before the cycle goes on
     * @return the state after the cycle and what was copied
     */
    public CycleReport run(WarmState state, Function<VmDisk, DiskTarget> targets, Consumer<WarmState> checkpoint) {
        ManagedObjectReference vm = state.vm();
        if (!operations.changeTrackingEnabled(vm)) {
            throw new ExternalSystemException("changed-block tracking is off on " + vm
                    + ": enable it (VmOperations.enableChangeTracking) before a warm cycle");
        }
        WarmState current = state;
        if (current.snapshot().isPresent()) {
            removeIfPresent(current.snapshot().get());
            current = current.withSnapshot(Optional.empty());
            checkpoint.accept(current);
        }
        removeUnrecorded(vm);
        VmChange.SnapshotTaken taken = operations.takeSnapshot(vm, SNAPSHOT_PREFIX + (current.cycles() + 1),
                "cloudfit warm migration: held until the next cycle");
        current = current.withSnapshot(Optional.of(taken.snapshot()));
        checkpoint.accept(current);

        List<DiskCopy> copies = new ArrayList<>();
        Map<Integer, String> copied = new LinkedHashMap<>();
        for (VmDisk disk : disks.of(taken.snapshot())) {
            if (!disk.file().equals(disk.baseFile())) {
                throw new ExternalSystemException("disk " + disk.key() + " of " + vm + " sits on a snapshot chain ("
                        + disk.file() + " over " + disk.baseFile() + "): remove the VM's other snapshots before a warm migration");
            }
            String changeId = disk.changeId().orElseThrow(() -> new ExternalSystemException("disk " + disk.key() + " of "
                    + vm + " has no change id in snapshot " + taken.snapshot() + ": changed-block tracking is not active on it"));
            copies.add(copy(vm, taken.snapshot(), disk, current.copiedChangeIds().get(disk.key()), targets.apply(disk)));
            copied.put(disk.key(), changeId);
        }
        current = current.afterCycle(copied);
        checkpoint.accept(current);
        return new CycleReport(current, copies);
    }

    /** Ends a warm migration after its final cycle: removes the snapshot it holds. */
    public WarmState finish(WarmState state, Consumer<WarmState> checkpoint) {
        if (state.snapshot().isEmpty()) {
            return state;
        }
        removeIfPresent(state.snapshot().get());
        WarmState done = state.withSnapshot(Optional.empty());
        checkpoint.accept(done);
        return done;
    }

    /**
     * Removes a snapshot the state names; one already gone counts as removed (a crash after removing it
     * and before storing the state leaves its reference behind).
     */
    public void removeIfPresent(ManagedObjectReference snapshot) {
        try {
            operations.removeSnapshot(snapshot);
        } catch (ManagedObjectNotFoundException gone) {
            // removed before the state could say so
        }
    }

    /**
     * Removes snapshots a cycle took but could not record: a process killed between taking the snapshot
     * and storing the state leaves one, which would hold the base disk at an older state.
     */
    private void removeUnrecorded(ManagedObjectReference vm) {
        List<ManagedObjectReference> found = new ArrayList<>();
        collector.readOne(vm, "snapshot.rootSnapshotList").ifPresent(list -> collect(list.elements(), found));
        for (ManagedObjectReference snapshot : found) {
            operations.removeSnapshot(snapshot);
        }
    }

    private static void collect(List<PropertyValue> trees, List<ManagedObjectReference> found) {
        for (PropertyValue tree : trees) {
            if (tree.path("name").flatMap(PropertyValue::text).orElse("").startsWith(SNAPSHOT_PREFIX)) {
                tree.path("snapshot").flatMap(PropertyValue::reference).ifPresent(found::add);
            }
            tree.path("childSnapshotList").ifPresent(children -> collect(children.elements(), found));
        }
    }

    private DiskCopy copy(ManagedObjectReference vm, ManagedObjectReference snapshot, VmDisk disk, String since,
                          DiskTarget target) {
        long capacity = disk.capacity().bytes();
        CopyMode mode;
        String note = "";
        DiskChanges areas;
        if (since == null) {
            mode = CopyMode.FIRST;
            areas = changes.query(vm, snapshot, disk.key(), capacity, DiskChanges.ALL_ALLOCATED);
        } else {
            try {
                mode = CopyMode.CHANGED;
                areas = changes.query(vm, snapshot, disk.key(), capacity, since);
            } catch (UnknownChangeIdException e) {
                mode = CopyMode.FULL_AFTER_RESET;
                note = e.getMessage() + "; copying the whole disk again";
                areas = changes.query(vm, snapshot, disk.key(), capacity, DiskChanges.ALL_ALLOCATED);
            }
        }
        try {
            long position = 0;
            for (DiskArea area : areas.areas()) {
                if (mode == CopyMode.FULL_AFTER_RESET && area.start() > position) {
                    target.zero(position, area.start() - position);
                }
                files.copy(disk.baseFlatExtent(), area.start(), area.length(), target::write);
                position = area.end();
            }
            if (mode == CopyMode.FULL_AFTER_RESET && position < capacity) {
                target.zero(position, capacity - position);
            }
            target.finish();
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            throw new ExternalSystemException("writing disk " + disk.key() + " of " + vm + " to " + target + " failed: "
                    + cause.getMessage() + "; run the cycle again to resume from the last copied change ids", e);
        }
        return new DiskCopy(disk.key(), mode, areas.areas(), areas.bytes(), note);
    }
}
