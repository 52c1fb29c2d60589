package dev.cloudfit.migrate.azure;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.units.DataSize;
import java.util.Objects;

/**
 * A managed disk to create for upload, as approved.
 *
 * @param id          the disk's ARM id
 * @param region      the Azure region, e.g. {@code westeurope}
 * @param virtualSize the disk's virtual size (the VHD without its footer); a whole number of MiB
 * @param sku         the approved disk type
 * @param os          the OS family and firmware for the OS disk, {@code null} for a data disk
 * @param zone        the availability zone ({@code "1"}..), or {@code null}
 */
public record DiskTarget(AzureResourceId id, String region, DataSize virtualSize, DiskSku sku, OsDisk os, String zone) {

    public DiskTarget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(virtualSize, "virtualSize");
        Objects.requireNonNull(sku, "sku");
        if (!id.type().equals(AzureResourceId.DISK)) {
            throw new IllegalArgumentException("not a disk id: " + id);
        }
        UploadSize.uploadSizeBytes(id.name(), virtualSize);
        if (os != null && os.firmware() == OsDisk.Firmware.BIOS && virtualSize.bytes() > UploadSize.MAX_GEN1_OS_VIRTUAL) {
            throw new BadInputException("disk '" + id.name() + "': a BIOS (generation 1) OS disk is limited to 2 TiB in Azure; "
                    + "convert the VM to UEFI or shrink the disk");
        }
    }

    /** @return {@code uploadSizeBytes}: the virtual size plus the 512-byte footer */
    public long uploadSizeBytes() {
        return UploadSize.uploadSizeBytes(id.name(), virtualSize);
    }
}
