package dev.cloudfit.vsphere.vm;

import java.util.Objects;

/**
 * Where a virtual disk sits on the VM's virtual hardware: its controller's bus kind and bus number,
 * and the disk's unit number on that controller. Written as vSphere writes it: {@code scsi0:1}.
 */
public record DiskSlot(DiskBus bus, int busNumber, int unit) {

    public DiskSlot {
        Objects.requireNonNull(bus, "bus");
        if (busNumber < 0 || unit < 0) {
            throw new IllegalArgumentException("not a disk slot: " + bus.prefix() + busNumber + ":" + unit);
        }
    }

    @Override
    public String toString() {
        return bus.prefix() + busNumber + ":" + unit;
    }
}
