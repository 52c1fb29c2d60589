package dev.cloudfit.migrate.disk.vhd;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.migrate.disk.DataRunSink;
import dev.cloudfit.migrate.disk.DiskImage;
import dev.cloudfit.migrate.disk.raw.RawImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A fixed VHD file read as a disk: the data before the 512-byte footer. The footer is checked
 * (cookie {@code conectix}, disk type fixed, checksum, current size equal to the data's length)
 * and kept, so an upload can write it unchanged.
 */
public final class FixedVhdImage implements DiskImage {

    private final RawImage data;
    private final byte[] footer;

    private FixedVhdImage(RawImage data, byte[] footer) {
        this.data = data;
        this.footer = footer;
    }

    /**
     * @throws BadInputException when the file is not a fixed VHD (no footer, a dynamic or
     *         differencing disk, a bad checksum, a size that does not match the file)
     */
    public static FixedVhdImage open(Path file) throws IOException {
        byte[] footer = new byte[VhdFooter.SIZE];
        long dataBytes;
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = c.size();
            if (size < 2L * VhdFooter.SIZE) {
                throw bad(file, "is " + size + " bytes, too small for a VHD");
            }
            dataBytes = size - VhdFooter.SIZE;
            ByteBuffer b = ByteBuffer.wrap(footer);
            while (b.hasRemaining()) {
                if (c.read(b, dataBytes + b.position()) < 0) {
                    throw bad(file, "ended while its footer was read");
                }
            }
        }
        ByteBuffer f = ByteBuffer.wrap(footer);
        if (!new String(footer, 0, 8, StandardCharsets.US_ASCII).equals("conectix")) {
            throw bad(file, "has no VHD footer (no 'conectix' cookie in its last 512 bytes): not a fixed VHD");
        }
        int type = f.getInt(60);
        if (type != VhdFooter.FIXED) {
            throw bad(file, "is a " + (type == 3 ? "dynamic" : type == 4 ? "differencing" : "type " + type)
                    + " VHD; Azure takes fixed VHDs only (qemu-img convert -O vpc -o subformat=fixed,force_size=on)");
        }
        if (f.getInt(64) != VhdFooter.checksum(footer)) {
            throw bad(file, "has a VHD footer whose checksum is wrong: the footer is damaged");
        }
        long current = f.getLong(48);
        if (current != dataBytes) {
            throw bad(file, "has a footer saying " + current + " bytes, but " + dataBytes
                    + " bytes lie before it: the file is cut short or padded");
        }
        return new FixedVhdImage(RawImage.open(file, dataBytes), footer);
    }

    private static BadInputException bad(Path file, String problem) {
        return new BadInputException(InputLocation.of(file), problem);
    }

    /** @return a copy of the file's footer */
    public byte[] footer() {
        return footer.clone();
    }

    @Override
    public DataSize virtualSize() {
        return data.virtualSize();
    }

    @Override
    public String description() {
        return data.description();
    }

    @Override
    public void transferTo(DataRunSink sink) throws IOException {
        data.transferTo(sink);
    }

    @Override
    public void close() throws IOException {
        data.close();
    }
}
