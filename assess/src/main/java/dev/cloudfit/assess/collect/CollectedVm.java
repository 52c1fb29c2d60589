package dev.cloudfit.assess.collect;

import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.util.List;
import java.util.Objects;

/**
 * A VM as collected, with what performance collection needs beyond the inventory model: the
 * managed object reference to query, and the instance names vCenter's counters use for its
 * devices, in the order of {@code vm.disks()} and {@code vm.nics()} ({@code scsi0:1} for a disk,
 * the device key such as {@code 4000} for a NIC; null where vCenter did not say).
 *
 * @param ref the VM's managed object reference
 * @param vm the inventory record
 * @param diskInstances virtualDisk counter instances, one per disk
 * @param nicInstances net counter instances, one per NIC
 */
public record CollectedVm(ManagedObjectReference ref, Vm vm, List<String> diskInstances, List<String> nicInstances) {

    public CollectedVm {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(vm, "vm");
        diskInstances = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(diskInstances));
        nicInstances = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(nicInstances));
    }
}
