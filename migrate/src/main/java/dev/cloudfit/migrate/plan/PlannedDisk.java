package dev.cloudfit.migrate.plan;

import dev.cloudfit.core.units.DataSize;
import java.util.Objects;

/**
 * One disk of a planned VM as vCenter reported it when planned, and the managed-disk type approved for it.
 *
 * @param index    0 for the OS disk, then the data disks in slot order (their LUN order), see {@link DiskOrder}
 * @param key      the vSphere device key: what a run finds the live disk by
 * @param fileName the disk's descriptor, {@code [datastore] folder/vm.vmdk}
 * @param diskType the approved type, e.g. {@code Premium SSD P10}; empty when it could not be determined
 *                 (pre-flight then blocks the VM)
 */
public record PlannedDisk(int index, int key, DataSize capacity, String fileName, String diskType) {

    public PlannedDisk {
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(diskType, "diskType");
    }
}
