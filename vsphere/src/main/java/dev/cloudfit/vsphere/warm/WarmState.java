package dev.cloudfit.vsphere.warm;

import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where a VM's warm migration stands, persisted after every step ({@link WarmStateFile}).
 *
 * @param vm the source VM
 * @param snapshot the snapshot cloudfit holds on the VM, if any (removed at the start of the next cycle)
 * @param copiedChangeIds per disk device key, the change id of the last state fully copied to the target;
 *        a disk absent here has never been copied
 * @param cycles how many cycles completed
 */
public record WarmState(ManagedObjectReference vm, Optional<ManagedObjectReference> snapshot,
                        Map<Integer, String> copiedChangeIds, int cycles) {

    public WarmState {
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(snapshot, "snapshot");
        copiedChangeIds = java.util.Collections.unmodifiableMap(new TreeMap<>(copiedChangeIds));
        if (cycles < 0) {
            throw new IllegalArgumentException("cycles must not be negative");
        }
    }

    /** @return the state before the first cycle */
    public static WarmState start(ManagedObjectReference vm) {
        return new WarmState(vm, Optional.empty(), Map.of(), 0);
    }

    /** @return this state holding another snapshot, or none */
    public WarmState withSnapshot(Optional<ManagedObjectReference> held) {
        return new WarmState(vm, held, copiedChangeIds, cycles);
    }

    /** @return this state after a completed cycle that copied the disks up to these change ids */
    public WarmState afterCycle(Map<Integer, String> changeIds) {
        return new WarmState(vm, snapshot, changeIds, cycles + 1);
    }
}
