package dev.cloudfit.migrate.disk.vhd;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A fixed VHD's footer read field by field from the specification's table, written for the tests
 * and sharing no code with {@link VhdFooter}: what the writer wrote is checked by something else.
 */
record VhdFooterFields(String cookie, int features, int version, long dataOffset, String creatorApp,
        String creatorOs, long originalSize, long currentSize, int cylinders, int heads, int sectorsPerTrack,
        int diskType, boolean checksumValid, byte savedState, boolean reservedZero) {

    static VhdFooterFields read(Path vhd) throws IOException {
        try (FileChannel ch = FileChannel.open(vhd)) {
            ByteBuffer b = ByteBuffer.allocate(512);
            ch.read(b, ch.size() - 512);
            byte[] f = b.array();
            long sum = 0;
            for (int i = 0; i < 512; i++) {
                if (i < 64 || i > 67) {
                    sum += f[i] & 0xFF;
                }
            }
            boolean reservedZero = true;
            for (int i = 85; i < 512; i++) {
                reservedZero &= f[i] == 0;
            }
            int geometry = b.getInt(56);
            return new VhdFooterFields(new String(f, 0, 8, StandardCharsets.US_ASCII), b.getInt(8), b.getInt(12),
                    b.getLong(16), new String(f, 28, 4, StandardCharsets.US_ASCII),
                    new String(f, 36, 4, StandardCharsets.US_ASCII), b.getLong(40), b.getLong(48), geometry >>> 16,
                    (geometry >>> 8) & 0xFF, geometry & 0xFF, b.getInt(60), (int) ~sum == b.getInt(64), f[84],
                    reservedZero);
        }
    }
}
