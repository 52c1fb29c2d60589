package dev.cloudfit.migrate.azure;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.units.DataSize;

/**
 * Azure's rules for a managed disk created for upload: {@code uploadSizeBytes} is the fixed VHD's
 * file size (virtual size plus the 512-byte footer), between 20 MiB + 512 and 32 TiB + 512, and the
 * virtual size is a whole number of MiB. Checked before the call, since Azurite accepts more.
 */
public final class UploadSize {

    public static final long FOOTER = 512;
    public static final long MIB = 1024L * 1024;
    public static final long MIN_VIRTUAL = 20 * MIB;
    public static final long MAX_VIRTUAL = 32L * 1024 * 1024 * MIB;
    /** Gen1 (BIOS) OS disks are limited to 2 TiB. */
    public static final long MAX_GEN1_OS_VIRTUAL = 2L * 1024 * 1024 * MIB;

    private UploadSize() {
    }

    /**
     * @param diskName    the disk, for the message
     * @param virtualSize the disk's virtual size
     * @return {@code uploadSizeBytes}
     * @throws BadInputException when Azure would refuse it
     */
    public static long uploadSizeBytes(String diskName, DataSize virtualSize) {
        long bytes = virtualSize.bytes();
        if (bytes % MIB != 0) {
            throw new BadInputException("disk '" + diskName + "': its size " + bytes
                    + " bytes is not a whole number of MiB, which Azure requires of an uploaded VHD; round it up to "
                    + ((bytes + MIB - 1) / MIB) * MIB + " bytes");
        }
        if (bytes < MIN_VIRTUAL || bytes > MAX_VIRTUAL) {
            throw new BadInputException("disk '" + diskName + "': its size " + bytes
                    + " bytes is outside what Azure accepts for an upload (20 MiB to 32 TiB)");
        }
        return bytes + FOOTER;
    }
}
