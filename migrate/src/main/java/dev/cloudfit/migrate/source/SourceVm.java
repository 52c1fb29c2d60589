package dev.cloudfit.migrate.source;

import dev.cloudfit.migrate.disk.DiskImage;
import dev.cloudfit.vsphere.vm.VmFacts;
import java.util.Optional;

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
}
