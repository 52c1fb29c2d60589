package dev.cloudfit.migrate.disk.upload;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a disk's logical bytes: its first {@code virtualSize} bytes, gaps counted as the
 * zeros they read as, the VHD footer and the MiB rounding left out. The same disk gives the same
 * digest whatever its container (raw, fixed VHD, VMDK), so it identifies the content uploaded.
 */
final class LogicalDigest {

    private static final byte[] ZEROS = new byte[UploadLayout.CHUNK];

    private final MessageDigest sha;
    private final long virtualSize;
    private long position;

    LogicalDigest(long virtualSize) {
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        this.virtualSize = virtualSize;
    }

    /**
     * Adds the bytes at {@code offset} (which must be where the previous call ended); bytes past the
     * virtual size are ignored.
     *
     * @param bytes the bytes, or null for {@code length} zeros
     */
    void update(long offset, byte[] bytes, int length) {
        if (offset != position) {
            throw new IllegalStateException("digest fed at " + offset + ", expected " + position);
        }
        int counted = (int) Math.max(0, Math.min(length, virtualSize - offset));
        if (bytes == null) {
            for (int left = counted; left > 0; left -= Math.min(left, ZEROS.length)) {
                sha.update(ZEROS, 0, Math.min(left, ZEROS.length));
            }
        } else {
            sha.update(bytes, 0, counted);
        }
        position += length;
    }

    /** @return the digest in lower-case hex; the object is spent */
    String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }
}
