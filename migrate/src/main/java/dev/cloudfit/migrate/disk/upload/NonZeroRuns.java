package dev.cloudfit.migrate.disk.upload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the 512-byte pages of a chunk that hold anything but zeros, as runs to send. Runs closer
 * than {@link #MERGE_GAP} are sent as one request (a few zero pages cost less than another
 * request's round trip); farther apart, the zeros between them are not sent at all.
 */
final class NonZeroRuns {

    /** Zero gaps shorter than this (8 pages) are sent inside one run rather than split into two requests. */
    static final int MERGE_GAP = 4096;
    private static final byte[] ZERO_PAGE = new byte[UploadLayout.PAGE];

    private NonZeroRuns() {
    }

    /**
     * @param chunk the chunk's bytes
     * @param length how many of them count, a multiple of 512
     * @return the runs to send, as offsets within the chunk, ascending; empty when all zero
     */
    static List<ByteRange> find(byte[] chunk, int length) {
        List<ByteRange> runs = new ArrayList<>();
        int start = -1;      // first page of the open run
        int lastData = -1;   // end of the last non-zero page of the open run
        for (int p = 0; p < length; p += UploadLayout.PAGE) {
            boolean zero = Arrays.mismatch(chunk, p, p + UploadLayout.PAGE, ZERO_PAGE, 0, UploadLayout.PAGE) < 0;
            if (zero) {
                continue;
            }
            if (start >= 0 && p - lastData >= MERGE_GAP) {
                runs.add(new ByteRange(start, lastData - start));
                start = -1;
            }
            if (start < 0) {
                start = p;
            }
            lastData = p + UploadLayout.PAGE;
        }
        if (start >= 0) {
            runs.add(new ByteRange(start, lastData - start));
        }
        return runs;
    }
}
