package dev.cloudfit.migrate.disk.raw;

import dev.cloudfit.migrate.disk.DataRunSink;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Hands a buffer of disk bytes to a sink without its all-zero blocks: each block of
 * {@link #BLOCK} bytes that holds only zeros is left out (it is a gap, and gaps read as zeros),
 * adjacent blocks with data go out as one run. The check stops at the first non-zero byte, so data
 * costs almost nothing to scan.
 */
public final class NonZeroRuns {

    /** 64 KiB: a VMDK grain, and 16 Azure pages of 4 KiB. */
    public static final int BLOCK = 64 * 1024;

    private static final ByteBuffer ZEROS = ByteBuffer.allocateDirect(BLOCK).asReadOnlyBuffer();

    private NonZeroRuns() {
    }

    /** Sends the non-zero runs of {@code bytes} (position to limit), which sit at disk {@code offset}. */
    public static void send(long offset, ByteBuffer bytes, DataRunSink sink) throws IOException {
        int start = bytes.position();
        int end = bytes.limit();
        int runStart = -1;
        for (int at = start; at < end; at += BLOCK) {
            int blockEnd = Math.min(end, at + BLOCK);
            boolean zero = isZero(bytes, at, blockEnd);
            if (!zero && runStart < 0) {
                runStart = at;
            } else if (zero && runStart >= 0) {
                emit(offset, bytes, start, runStart, at, sink);
                runStart = -1;
            }
        }
        if (runStart >= 0) {
            emit(offset, bytes, start, runStart, end, sink);
        }
        bytes.limit(end).position(end);
    }

    private static boolean isZero(ByteBuffer bytes, int from, int to) {
        ByteBuffer block = bytes.duplicate().limit(to).position(from);
        ByteBuffer zeros = ZEROS.duplicate().limit(to - from);
        return block.mismatch(zeros) < 0;
    }

    private static void emit(long offset, ByteBuffer bytes, int start, int from, int to, DataRunSink sink)
            throws IOException {
        ByteBuffer run = bytes.duplicate().limit(to).position(from);
        sink.data(offset + (from - start), run);
    }
}
