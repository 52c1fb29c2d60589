package dev.cloudfit.testkit.arm;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * What Azure checks in a fixed VHD's footer when upload access is revoked: the cookie, the
 * checksum, the disk type and the current size. A failure is worded as Azure's {@code InvalidVhd}.
 */
final class VhdFooterCheck {

    private VhdFooterCheck() {
    }

    /**
     * @param footer   the blob's last 512 bytes
     * @param diskName the disk, for the message
     * @param expectedSize the virtual size the disk was created for (upload size minus 512)
     * @return {@code null} when the footer is good, else Azure's message
     */
    static String problem(byte[] footer, String diskName, long expectedSize) {
        ByteBuffer b = ByteBuffer.wrap(footer);
        String cookie = new String(footer, 0, 8, StandardCharsets.US_ASCII);
        if (!"conectix".equals(cookie)) {
            return "The specified cookie value in VHD footer indicates that disk '" + diskName
                    + "' is not a supported VHD. Disk is expected to have cookie value 'conectix'.";
        }
        long sum = 0;
        for (int i = 0; i < 512; i++) {
            if (i < 64 || i >= 68) {
                sum += footer[i] & 0xFF;
            }
        }
        int checksum = b.getInt(64);
        if (checksum != (int) ~sum) {
            return "The VHD footer of disk '" + diskName + "' has an invalid checksum.";
        }
        int type = b.getInt(60);
        if (type != 2) {
            return "The VHD of disk '" + diskName + "' is of type " + type + "; only fixed VHDs (type 2) are supported.";
        }
        long currentSize = b.getLong(48);
        if (currentSize != expectedSize) {
            return "The VHD footer of disk '" + diskName + "' gives a current size of " + currentSize
                    + " bytes; the disk was created for " + expectedSize + " bytes.";
        }
        return null;
    }
}
