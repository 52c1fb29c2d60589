package dev.cloudfit.vsphere.export;

import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a ready lease offers ({@code HttpNfcLeaseInfo}).
 *
 * @param entity the exported VM
 * @param deviceUrls the files, disks among them
 * @param totalDiskCapacity the sum of the disks' capacities
 * @param timeout how long the lease lives without a progress call
 */
public record LeaseInfo(ManagedObjectReference entity, List<DeviceUrl> deviceUrls, DataSize totalDiskCapacity,
                        Duration timeout) {

    public LeaseInfo {
        Objects.requireNonNull(entity, "entity");
        deviceUrls = List.copyOf(deviceUrls);
        Objects.requireNonNull(totalDiskCapacity, "totalDiskCapacity");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** @return the device URLs that are disks, in lease order */
    public List<DeviceUrl> disks() {
        return deviceUrls.stream().filter(DeviceUrl::disk).toList();
    }
}
