package dev.cloudfit.migrate.disk.vhd;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.units.DataSize;

/**
 * The size a disk takes in Azure as a fixed VHD: its virtual size rounded up to a whole MiB (Azure
 * refuses anything else), between 20 MiB and 32 TiB, the bounds of a managed disk made by direct
 * upload ({@code creationData.uploadSizeBytes} minus the 512-byte footer).
 */
public final class AzureDiskSize {

    public static final DataSize MIN = DataSize.ofMebibytes(20);
    public static final DataSize MAX = DataSize.ofTebibytes(32);

    private AzureDiskSize() {
    }

    /** The VHD's data size for a disk of {@code virtualSize}: rounded up to a whole MiB. */
    public static DataSize roundedUp(DataSize virtualSize) {
        long mib = DataSize.MIB;
        return DataSize.ofBytes((virtualSize.bytes() + mib - 1) / mib * mib);
    }

    /**
     * The rounded size, or a {@link BadInputException} naming {@code source} when Azure cannot hold it.
     */
    public static DataSize checked(DataSize virtualSize, String source) {
        DataSize rounded = roundedUp(virtualSize);
        if (rounded.compareTo(MIN) < 0 || rounded.compareTo(MAX) > 0) {
            throw new BadInputException(source + ": the disk is " + virtualSize.bytes() + " bytes (" + virtualSize
                    + "); an Azure managed disk uploaded as a VHD holds 20 MiB to 32 TiB");
        }
        return rounded;
    }
}
