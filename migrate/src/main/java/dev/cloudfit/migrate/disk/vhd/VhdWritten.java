package dev.cloudfit.migrate.disk.vhd;

import dev.cloudfit.core.units.DataSize;
import java.nio.file.Path;

/**
 * A fixed VHD that was written: where, the source disk's virtual size, the VHD's data size (whole
 * MiB; the file is 512 bytes more), its footer, and how many bytes the source actually held.
 */
public record VhdWritten(Path file, DataSize virtualSize, DataSize vhdDataSize, VhdFooter footer, long dataBytes) {

    public long fileBytes() {
        return vhdDataSize.bytes() + VhdFooter.SIZE;
    }
}
