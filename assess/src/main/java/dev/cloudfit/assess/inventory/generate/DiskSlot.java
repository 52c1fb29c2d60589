package dev.cloudfit.assess.inventory.generate;

import java.util.Objects;

/**
 * Where a generated disk sits and the vSphere details the inventory model does not keep: the
 * controller bus and unit, the device key ({@code 2000 + 16 × bus + unit} for SCSI, how vSphere
 * numbers them), the disk UUID, its file on the datastore ({@code [ds] vm/vm_1.vmdk}), the disk
 * mode ({@code persistent}, {@code independent_persistent}), the sharing mode and the bus sharing.
 */
public record DiskSlot(
        int bus,
        int unit,
        int key,
        String uuid,
        String file,
        String controllerLabel,
        String diskMode,
        String sharingMode,
        String busSharing) {

    public DiskSlot {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(diskMode, "diskMode");
    }

    /** The SCSI device key vSphere gives the disk at {@code bus}:{@code unit}. */
    public static int scsiKey(int bus, int unit) {
        return 2000 + 16 * bus + unit;
    }
}
