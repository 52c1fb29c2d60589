package dev.cloudfit.vsphere.vm;

import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A source VM as pre-flight sees it just before a migration: power state, firmware, snapshots,
 * changed-block tracking, its disks, the host it runs on and the free space of its datastores.
 *
 * @param firmware      {@code bios} or {@code efi}
 * @param snapshots     how many snapshots the VM has now
 * @param datastoreFree free space by datastore name
 * @param datacenter    the inventory path of the VM's datacenter (what datastore HTTP calls {@code dcPath})
 * @param guestId       the configured guest OS id, e.g. {@code windows2019srv_64Guest}, {@code rhel8_64Guest}
 * @param bootDiskKeys  the device keys of the disks {@code config.bootOptions.bootOrder} names, in boot order;
 *                      empty when the VM has no explicit boot order (the firmware's default order applies)
 */
public record VmFacts(ManagedObjectReference vm, String name, PowerState powerState, String firmware, int snapshots,
        boolean changeTracking, List<DiskFacts> disks, String host, Map<String, DataSize> datastoreFree,
        String datacenter, String guestId, List<Integer> bootDiskKeys) {

    /** A VM without an explicit boot order. */
    public VmFacts(ManagedObjectReference vm, String name, PowerState powerState, String firmware, int snapshots,
            boolean changeTracking, List<DiskFacts> disks, String host, Map<String, DataSize> datastoreFree,
            String datacenter, String guestId) {
        this(vm, name, powerState, firmware, snapshots, changeTracking, disks, host, datastoreFree, datacenter, guestId,
                List.of());
    }

    /** The disk with this device key, if the VM has it. */
    public java.util.Optional<DiskFacts> disk(int key) {
        return disks.stream().filter(d -> d.key() == key).findFirst();
    }

    /** True when the configured guest is Windows. */
    public boolean windows() {
        return guestId != null && guestId.toLowerCase(java.util.Locale.ROOT).startsWith("win");
    }

    public VmFacts {
        Objects.requireNonNull(vm, "vm");
        disks = List.copyOf(disks);
        bootDiskKeys = List.copyOf(bootDiskKeys);
        datastoreFree = Map.copyOf(datastoreFree);
    }
}
