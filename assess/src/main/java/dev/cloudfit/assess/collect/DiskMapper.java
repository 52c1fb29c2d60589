package dev.cloudfit.assess.collect;

import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.DiskProvisioning;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.vsphere.property.PropertyValue;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@code VirtualDisk} device as an inventory {@link Disk}. {@code controller} holds the disk's
 * bus and unit as vCenter's performance counters name the instance ({@code scsi0:1}), so the
 * virtualDisk counters of a VM can be matched to its disks. Capacity from {@code capacityInBytes}
 * (vSphere 5.5+), else {@code capacityInKB}. RDM: a raw disk mapping backing. Shared: multi-writer
 * sharing on the disk, or a controller with bus sharing (clusters across VMs or hosts).
 */
final class DiskMapper {

    private DiskMapper() {
    }

    static Optional<Disk> map(PropertyValue disk, DeviceList devices, Topology topology) {
        Optional<Long> bytes = Values.longValue(disk, "capacityInBytes")
                .or(() -> Values.longValue(disk, "capacityInKB").map(kb -> kb * DataSize.KIB));
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        String backingType = disk.path("backing").map(PropertyValue::typeName).orElse("");
        boolean rdm = backingType.startsWith("VirtualDiskRawDiskMapping");
        String mode = Values.text(disk, "backing.diskMode").orElse("").toLowerCase(Locale.ROOT);
        String sharing = Values.text(disk, "backing.sharing").orElse("");
        String busSharing = devices.controllerOf(disk).flatMap(c -> Values.text(c, "sharedBus")).orElse("noSharing");
        boolean shared = sharing.equals("sharingMultiWriter")
                || busSharing.equals("physicalSharing") || busSharing.equals("virtualSharing");
        String datastore = Values.reference(disk, "backing.datastore").flatMap(topology::name)
                .orElseGet(() -> datastoreOfPath(Values.text(disk, "backing.fileName").orElse(null)));
        return Optional.of(new Disk(
                Values.orNull(Values.text(disk, "deviceInfo.label")),
                DataSize.ofBytes(Math.max(0, bytes.get())),
                provisioning(disk, rdm),
                datastore,
                devices.instanceName(disk).orElse(null),
                mode.startsWith("independent"),
                rdm,
                shared));
    }

    private static DiskProvisioning provisioning(PropertyValue disk, boolean rdm) {
        if (rdm) {
            return DiskProvisioning.UNKNOWN;
        }
        Optional<Boolean> thin = disk.path("backing.thinProvisioned").flatMap(PropertyValue::booleanValue);
        if (thin.isEmpty()) {
            return DiskProvisioning.UNKNOWN;
        }
        if (thin.get()) {
            return DiskProvisioning.THIN;
        }
        return Values.flag(disk, "backing.eagerlyScrub") ? DiskProvisioning.THICK_EAGER_ZEROED
                : DiskProvisioning.THICK_LAZY_ZEROED;
    }

    /** {@code [ds01] vm/vm.vmdk} gives {@code ds01}. */
    static String datastoreOfPath(String path) {
        if (path == null || !path.startsWith("[")) {
            return null;
        }
        int end = path.indexOf(']');
        return end > 1 ? path.substring(1, end) : null;
    }
}
