package dev.cloudfit.migrate.source;

import dev.cloudfit.migrate.disk.DiskImage;
import dev.cloudfit.vsphere.vm.VmDisk;
import dev.cloudfit.vsphere.vm.VmFacts;
import dev.cloudfit.vsphere.warm.CycleReport;
import dev.cloudfit.vsphere.warm.DiskTarget;
import dev.cloudfit.vsphere.warm.WarmState;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** What a run does to, and reads from, a source VM; every change is undone by its counterpart. */
public interface SourceVm {

    /** The VM as vCenter reports it now. */
    VmFacts inspect(String vmMoRef);

    /** @return the snapshot's MoRef value */
    String takeSnapshot(String vmMoRef, String name);

    void removeSnapshot(String vmMoRef, String snapshotMoRef);

    /** @return true when the VM was running (and so was powered off) */
    boolean powerOff(String vmMoRef);

    void powerOn(String vmMoRef);

    /**
     * The disk's bytes: its base disk's flat extent, which must be held still (a snapshot on top, or
     * the VM off). {@code identity} ties an upload's resume journal to exactly this source.
     */
    DiskImage disk(VmFacts vm, int diskIndex, Optional<String> snapshotMoRef);

    /** @return true when changed-block tracking was off (and so was switched on) */
    boolean enableChangeTracking(String vmMoRef);

    void disableChangeTracking(String vmMoRef);

    /**
     * One warm cycle ({@link dev.cloudfit.vsphere.warm.WarmCycle}): the previous snapshot removed, a new
     * one taken, each disk's changed (first: allocated) areas copied to its target, each new state
     * handed to {@code checkpoint} before the cycle goes on.
     */
    CycleReport warmCycle(VmFacts vm, WarmState state, Function<VmDisk, DiskTarget> targets,
            Consumer<WarmState> checkpoint);

    /** Ends a warm migration: removes the snapshot its state holds, if any. */
    WarmState finishWarm(WarmState state, Consumer<WarmState> checkpoint);
}
