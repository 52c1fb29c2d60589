package dev.cloudfit.migrate.disk.vhd;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.migrate.disk.DataRunSink;
import dev.cloudfit.migrate.disk.DiskImage;
import dev.cloudfit.migrate.disk.raw.RawFileRegion;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A fixed VHD read as its disk: the footer (the file's last 512 bytes) is checked, cookie,
 * checksum, disk type 2 and a current size equal to the data before it; the data is read as is,
 * and the footer is kept for an upload that writes the file unchanged.
 */
public final class FixedVhdImage implements DiskImage {

    private final Path file;
    private final RawFileRegion data;
    private final byte[] footer;

    private FixedVhdImage(Path file, RawFileRegion data, byte[] footer) {
        this.file = file;
        this.data = data;
        this.footer = footer;
    }

    /** True when the file's last 512 bytes start with the VHD cookie {@code conectix}. */
    public static boolean hasFooter(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size < VhdFooter.SIZE) {
            return false;
        }
        ByteBuffer cookie = ByteBuffer.allocate(8);
        channel.read(cookie, size - VhdFooter.SIZE);
        return "conectix".equals(new String(cookie.array(), 0, cookie.position(), StandardCharsets.US_ASCII));
    }

    public static FixedVhdImage open(Path file) throws IOException {
        String name = String.valueOf(file.getFileName());
        long dataBytes;
        byte[] footerBytes;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < VhdFooter.SIZE + 512 || !hasFooter(channel)) {
                throw new BadInputException(name + ", byte " + Math.max(0, size - VhdFooter.SIZE)
                        + ": expected a VHD footer starting with 'conectix' in the file's last 512 bytes");
            }
            long at = size - VhdFooter.SIZE;
            ByteBuffer footer = ByteBuffer.allocate(VhdFooter.SIZE);
            while (footer.hasRemaining() && channel.read(footer, at + footer.position()) >= 0) {
                // the footer is there: size was checked
            }
            int type = footer.getInt(60);
            if (type != VhdFooter.FIXED) {
                throw new BadInputException(name + ", byte " + (at + 60) + ": expected disk type 2 (fixed), found "
                        + type + (type == 3 ? " (dynamic)" : type == 4 ? " (differencing)" : ""));
            }
            int stored = footer.getInt(64);
            int computed = VhdFooter.checksum(footer.array());
            if (stored != computed) {
                throw new BadInputException(name + ", byte " + (at + 64) + ": expected the footer checksum 0x"
                        + Integer.toHexString(computed) + ", found 0x" + Integer.toHexString(stored));
            }
            footerBytes = footer.array();
            dataBytes = footer.getLong(48);
            if (dataBytes != at) {
                throw new BadInputException(name + ", byte " + (at + 48) + ": expected the current size to be the "
                        + at + " bytes before the footer, found " + dataBytes);
            }
        }
        return new FixedVhdImage(file, RawFileRegion.open(file, 0, dataBytes, "the size in its footer"), footerBytes);
    }

    /** @return a copy of the file's footer, so an upload can write it unchanged */
    public byte[] footer() {
        return footer.clone();
    }

    @Override
    public DataSize virtualSize() {
        return DataSize.ofBytes(data.length());
    }

    @Override
    public String description() {
        return String.valueOf(file.getFileName());
    }

    @Override
    public void transferTo(DataRunSink sink) throws IOException {
        data.transferTo(0, sink);
    }

    @Override
    public void close() throws IOException {
        data.close();
    }
}
