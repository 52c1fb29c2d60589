package dev.cloudfit.migrate.disk;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.migrate.disk.raw.RawDiskImage;
import dev.cloudfit.migrate.disk.vhd.FixedVhdImage;
import dev.cloudfit.migrate.disk.vmdk.SparseHeader;
import dev.cloudfit.migrate.disk.vmdk.Vmdk;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Opens a disk file by what it holds, not by its name: a VMDK (sparse header {@code KDMV}, or a
 * text descriptor), a fixed VHD (footer {@code conectix} at the end), or else a raw image (a whole
 * number of 512-byte sectors).
 */
public final class DiskImages {

    private DiskImages() {
    }

    public static DiskImage open(Path file) throws IOException {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(name + ": " + (Files.exists(file) ? "not a regular file" : "no such file"));
        }
        ByteBuffer first = ByteBuffer.allocate(512);
        boolean vhd;
        long size;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (first.hasRemaining() && channel.read(first) >= 0) {
                // the first sector, or less for a short file
            }
            first.flip();
            vhd = FixedVhdImage.hasFooter(channel);
            size = channel.size();
        }
        if (SparseHeader.hasMagic(first) || startsWith(first, "# Disk DescriptorFile")) {
            return Vmdk.open(file);
        }
        if (vhd) {
            return FixedVhdImage.open(file);
        }
        if (size == 0 || size % 512 != 0) {
            throw new BadInputException(name + ": expected a VMDK, a fixed VHD or a raw disk image (a whole number "
                    + "of 512-byte sectors); it is " + size + " bytes and none of these");
        }
        return RawDiskImage.open(file);
    }

    private static boolean startsWith(ByteBuffer b, String text) {
        byte[] want = text.getBytes(StandardCharsets.US_ASCII);
        if (b.remaining() < want.length) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            if (b.get(b.position() + i) != want[i]) {
                return false;
            }
        }
        return true;
    }
}
