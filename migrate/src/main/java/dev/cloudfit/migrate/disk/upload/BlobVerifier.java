package dev.cloudfit.migrate.disk.upload;

import dev.cloudfit.core.error.ExternalSystemException;
import java.util.Arrays;
import java.util.List;

/**
 * Reads an uploaded blob back and compares it with what was sent: the SHA-256 of its first
 * virtual-size bytes against the source's logical digest, the bytes between the virtual size and
 * the MiB boundary against zeros, and the last 512 bytes against the footer. Only the pages the
 * blob lists are downloaded; the rest reads as zeros by definition of a page blob.
 */
final class BlobVerifier {

    private final PageBlobRest blob;
    private final UploadLayout layout;

    BlobVerifier(PageBlobRest blob, UploadLayout layout) {
        this.blob = blob;
        this.layout = layout;
    }

    /** @throws ExternalSystemException when the blob differs */
    void verify(String expectedDigest, byte[] expectedFooter) {
        List<ByteRange> pages = ByteRange.intersect(blob.pageRanges(), new ByteRange(0, layout.dataBytes()));
        LogicalDigest digest = new LogicalDigest(layout.virtualSize());
        long at = 0;
        for (ByteRange range : pages) {
            zeros(digest, at, range.offset());
            for (long from = range.offset(); from < range.end(); from += UploadLayout.CHUNK) {
                ByteRange piece = new ByteRange(from, Math.min(UploadLayout.CHUNK, range.end() - from));
                byte[] bytes = blob.read(piece);
                digest.update(piece.offset(), bytes, bytes.length);
                requireZeroPastVirtualSize(piece, bytes);
            }
            at = range.end();
        }
        zeros(digest, at, layout.dataBytes());
        String actual = digest.hex();
        if (!actual.equals(expectedDigest)) {
            throw new ExternalSystemException(blob.blob() + ": verification failed: the blob's disk bytes have SHA-256 "
                    + actual + ", the source's " + expectedDigest);
        }
        byte[] footer = blob.read(new ByteRange(layout.dataBytes(), UploadLayout.FOOTER));
        if (!Arrays.equals(footer, expectedFooter)) {
            throw new ExternalSystemException(blob.blob() + ": verification failed: the blob's last 512 bytes are not"
                    + " the VHD footer that was written");
        }
    }

    private void requireZeroPastVirtualSize(ByteRange piece, byte[] bytes) {
        long v = layout.virtualSize();
        if (piece.end() <= v) {
            return;
        }
        int from = (int) Math.max(0, v - piece.offset());
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] != 0) {
                throw new ExternalSystemException(blob.blob() + ": verification failed: byte " + (piece.offset() + i)
                        + ", past the disk's " + v + " bytes, is not zero");
            }
        }
    }

    private static void zeros(LogicalDigest digest, long from, long to) {
        for (long at = from; at < to; at += UploadLayout.CHUNK) {
            digest.update(at, null, (int) Math.min(UploadLayout.CHUNK, to - at));
        }
    }
}
