package dev.cloudfit.migrate.disk.vmdk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;

/**
 * Reads a byte stream forward through one large buffer, knowing the absolute offset of every
 * byte, so that errors can name it. {@link #require} makes bytes available without copying them.
 * The buffer is direct (outside the heap): a file channel reads into it without a copy through a
 * temporary buffer of the JDK's.
 */
final class StreamCursor {

    private final ReadableByteChannel in;
    private final String source;
    private final ByteBuffer buffer;
    /** Stream offset of buffer index 0. */
    private long bufferAt;
    private boolean ended;

    StreamCursor(ReadableByteChannel in, String source, int bufferBytes, long startOffset) {
        this.in = in;
        this.source = source;
        this.buffer = ByteBuffer.allocateDirect(bufferBytes).order(ByteOrder.LITTLE_ENDIAN);
        this.buffer.limit(0);
        this.bufferAt = startOffset;
    }

    /** The stream offset of the next byte. */
    long offset() {
        return bufferAt + buffer.position();
    }

    /** The backing buffer; valid from {@link #position()} for the bytes last {@link #require}d. */
    ByteBuffer buffer() {
        return buffer;
    }

    int position() {
        return buffer.position();
    }

    /**
     * Makes {@code n} bytes available from {@link #position()}; false when the stream ends before
     * any byte, an error when it ends part-way ({@code what} says what was expected).
     */
    boolean require(int n, String what) throws IOException {
        if (n > buffer.capacity()) {
            throw Problem.at(source, offset(), "expected " + what + " of at most " + buffer.capacity()
                    + " bytes, found a length of " + n);
        }
        if (buffer.remaining() >= n) {
            return true;
        }
        if (buffer.capacity() - buffer.position() < n) {
            int kept = buffer.remaining();
            bufferAt += buffer.position();
            buffer.compact().flip();
            buffer.position(0).limit(kept);
        }
        while (buffer.remaining() < n && !ended) {
            int pos = buffer.position();
            buffer.position(buffer.limit()).limit(buffer.capacity());
            int read = in.read(buffer);
            buffer.limit(buffer.position()).position(pos);
            if (read < 0) {
                ended = true;
            }
        }
        if (buffer.remaining() >= n) {
            return true;
        }
        if (buffer.remaining() == 0) {
            return false;
        }
        throw Problem.at(source, offset(), "expected " + what + " (" + n + " bytes), the stream ends after "
                + buffer.remaining() + " (truncated file?)");
    }

    /** Moves past {@code n} bytes, reading what is not yet buffered. */
    void skip(long n, String what) throws IOException {
        long left = n;
        while (left > 0) {
            if (buffer.remaining() == 0 && !require(1, what)) {
                throw Problem.at(source, offset(), "expected " + what + " (" + left + " more bytes), the stream ends");
            }
            int step = (int) Math.min(left, buffer.remaining());
            buffer.position(buffer.position() + step);
            left -= step;
        }
    }
}
