package dev.cloudfit.migrate.disk.upload;

import dev.cloudfit.migrate.disk.DataRunSink;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Turns a disk's data runs (any offsets and lengths, ascending) into the layout's 4 MiB chunks,
 * handed on in order, every chunk of the data part once: a chunk no run touched comes with no
 * buffer (it is all zeros).
 */
final class ChunkAssembler implements DataRunSink {

    /** Receives each chunk in order. */
    interface Chunks {
        /**
         * @param index the chunk's number
         * @param bytes its bytes (zeros where no run fell), or null when no run touched it; the
         *        receiver owns the array from now on
         */
        void chunk(long index, byte[] bytes) throws IOException;
    }

    /** Hands out chunk buffers, all zeros. */
    interface Buffers {
        byte[] take() throws IOException;
    }

    private final UploadLayout layout;
    private final long virtualSize;
    private final Buffers buffers;
    private final Chunks chunks;
    private long current;      // the chunk being filled
    private byte[] buffer;     // its bytes, or null while no run touched it
    private long lastEnd;

    ChunkAssembler(UploadLayout layout, Buffers buffers, Chunks chunks) {
        this.layout = layout;
        this.virtualSize = layout.virtualSize();
        this.buffers = buffers;
        this.chunks = chunks;
    }

    @Override
    public void data(long offset, ByteBuffer bytes) throws IOException {
        int length = bytes.remaining();
        if (offset < lastEnd || offset + length > virtualSize) {
            throw new IllegalStateException("a data run at " + offset + "+" + length
                    + " is out of order or past the disk's end (" + virtualSize + ")");
        }
        lastEnd = offset + length;
        ByteBuffer b = bytes.duplicate();
        long at = offset;
        while (b.hasRemaining()) {
            long index = at / UploadLayout.CHUNK;
            advanceTo(index);
            if (buffer == null) {
                buffer = buffers.take();
            }
            int within = (int) (at - index * UploadLayout.CHUNK);
            int n = Math.min(b.remaining(), UploadLayout.CHUNK - within);
            b.get(buffer, within, n);
            at += n;
        }
    }

    /** Hands on the last chunks; call once after the image's last run. */
    void finish() throws IOException {
        advanceTo(layout.chunks());
    }

    private void advanceTo(long index) throws IOException {
        while (current < index) {
            byte[] done = buffer;
            buffer = null;
            chunks.chunk(current++, done);
        }
    }

    /** @return a zeroed array for a chunk, reusing {@code old} when given */
    static byte[] zeroed(byte[] old) {
        if (old == null) {
            return new byte[UploadLayout.CHUNK];
        }
        Arrays.fill(old, (byte) 0);
        return old;
    }
}
