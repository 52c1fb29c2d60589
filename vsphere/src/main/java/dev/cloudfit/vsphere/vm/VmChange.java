package dev.cloudfit.vsphere.vm;

import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.util.Objects;

/**
 * One change made to a source VM, recorded so it can be undone ({@link VmOperations#undo}). Records of
 * plain values: a migration's state file can hold them.
 */
public sealed interface VmChange {

    /** @return the VM changed */
    ManagedObjectReference vm();

    /** A snapshot was taken; undone by removing it (its data is consolidated into the VM's disks). */
    record SnapshotTaken(ManagedObjectReference vm, ManagedObjectReference snapshot, String name) implements VmChange {
        public SnapshotTaken {
            Objects.requireNonNull(vm, "vm");
            Objects.requireNonNull(snapshot, "snapshot");
            Objects.requireNonNull(name, "name");
        }
    }

    /** The VM was powered off from this state; undone by powering it back on when it was on. */
    record PoweredOff(ManagedObjectReference vm, PowerState before) implements VmChange {
        public PoweredOff {
            Objects.requireNonNull(vm, "vm");
            Objects.requireNonNull(before, "before");
        }
    }

    /** Changed-block tracking was switched on (it was off); undone by switching it off. */
    record ChangeTrackingEnabled(ManagedObjectReference vm) implements VmChange {
        public ChangeTrackingEnabled {
            Objects.requireNonNull(vm, "vm");
        }
    }
}
