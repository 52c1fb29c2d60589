package dev.cloudfit.migrate.plan;

import dev.cloudfit.core.units.DataSize;
import java.util.Objects;

/**
 * One disk of a planned VM as vCenter reported it when planned, and the managed-disk type approved for it.
 *
 * @param index    0 for the OS disk, then data disks in device order (their LUN order)
 * @param key      the vSphere device key
 * @param fileName the disk's descriptor, {@code [datastore] folder/vm.vmdk}
 * @param diskType the approved type, e.g. {@code Premium SSD P10}
 */
public record PlannedDisk(int index, int key, DataSize capacity, String fileName, String diskType) {

    public PlannedDisk {
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(diskType, "diskType");
    }
}
