package dev.cloudfit.migrate.disk.upload;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/** Sparse raw disk images with random bytes in chosen ranges, zeros (holes) elsewhere. */
final class TestImages {

    private TestImages() {
    }

    static Path raw(Path file, long size, List<ByteRange> data, long seed) throws IOException {
        Random random = new Random(seed);
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (ByteRange r : data) {
                byte[] bytes = new byte[(int) r.length()];
                random.nextBytes(bytes);
                bytes[0] |= 1; // never a zero first byte: a run starts where it says
                c.write(ByteBuffer.wrap(bytes), r.offset());
            }
            c.truncate(size);
            if (c.size() < size) {
                c.write(ByteBuffer.wrap(new byte[1]), size - 1);
            }
        }
        return file;
    }

    static String sha256(byte[] bytes, int length) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes, 0, length);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }
}
