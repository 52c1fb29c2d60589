package dev.cloudfit.migrate.cli;

import dev.cloudfit.migrate.disk.vhd.VhdWritten;
import java.nio.file.Path;

/**
 * What {@code disk convert} reports: input and its kind, output, the disk's virtual size, the VHD's
 * data size (rounded up to a whole MiB) and file size, the bytes of data the input held, the time.
 */
record ConvertResult(String input, String createType, String output, long virtualSizeBytes, long vhdDataBytes,
        long fileBytes, long dataBytes, double seconds, String vhdUniqueId) {

    static ConvertResult of(Path input, String createType, VhdWritten written, double seconds) {
        return new ConvertResult(input.toString(), createType, written.file().toString(),
                written.virtualSize().bytes(), written.vhdDataSize().bytes(), written.fileBytes(), written.dataBytes(),
                Math.round(seconds * 1000) / 1000.0, written.footer().uniqueId().toString());
    }
}
