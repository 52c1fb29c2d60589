package dev.cloudfit.migrate.disk.vhd;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An uncompressed initramfs: the kernel's "newc" cpio archive (ASCII hex headers, names and data
 * padded to 4 bytes, ended by {@code TRAILER!!!}), enough for a boot test's busybox and /init.
 */
final class Initramfs {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int inode = 1;

    Initramfs directory(String name) {
        return entry(name, 0040755, new byte[0], 0, 0);
    }

    Initramfs file(String name, int mode, byte[] data) {
        return entry(name, 0100000 | mode, data, 0, 0);
    }

    Initramfs charDevice(String name, int major, int minor) {
        return entry(name, 0020600, new byte[0], major, minor);
    }

    byte[] bytes() {
        entry("TRAILER!!!", 0, new byte[0], 0, 0);
        return out.toByteArray();
    }

    private Initramfs entry(String name, int mode, byte[] data, int rdevMajor, int rdevMinor) {
        byte[] nameBytes = (name + "\0").getBytes(StandardCharsets.US_ASCII);
        StringBuilder h = new StringBuilder("070701");
        int[] fields = {inode++, mode, 0, 0, 1, 0, data.length, 0, 0, rdevMajor, rdevMinor, nameBytes.length, 0};
        for (int f : fields) {
            h.append(String.format("%08X", f));
        }
        out.writeBytes(h.toString().getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(nameBytes);
        pad();
        out.writeBytes(data);
        pad();
        return this;
    }

    private void pad() {
        while (out.size() % 4 != 0) {
            out.write(0);
        }
    }
}
