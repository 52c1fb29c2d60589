package dev.cloudfit.reports.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a stream ahead on a second thread, a bounded number of chunks in advance. A worksheet part
 * is inflated from the zip (about a third of the cost of reading it) while the caller's thread
 * scans the bytes already inflated, so with two cores both run at once; memory stays at
 * {@code DEPTH} chunks whatever the sheet's size. A failure of the source reaches the caller as
 * it was thrown. The source is never touched again once {@link #close()} returns, and is not
 * interrupted (an interrupt would close the zip file's channel for every other part).
 */
final class ReadAheadInputStream extends InputStream {

    static final int CHUNK = 1 << 16;
    static final int DEPTH = 16;
    private static final Chunk END = new Chunk(null, -1, null);

    private record Chunk(byte[] data, int length, Throwable failure) {
    }

    private final BlockingQueue<Chunk> filled = new ArrayBlockingQueue<>(DEPTH);
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(DEPTH + 2);
    private final Thread reader;
    private volatile boolean closed;
    private Chunk current;
    private int offset;
    private boolean ended;

    private ReadAheadInputStream(InputStream source) {
        this.reader = new Thread(() -> readAll(source), "xlsx-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    /** Reads {@code source} ahead when there is a spare core; otherwise returns it as it is. */
    static InputStream of(InputStream source) {
        return Runtime.getRuntime().availableProcessors() > 1 ? new ReadAheadInputStream(source) : source;
    }

    private void readAll(InputStream source) {
        try {
            while (!closed) {
                byte[] b = free.poll();
                if (b == null) {
                    b = new byte[CHUNK];
                }
                int n = source.readNBytes(b, 0, CHUNK);
                if (n > 0 && !hand(new Chunk(b, n, null))) {
                    return;
                }
                if (n < CHUNK) {
                    hand(END);
                    return;
                }
            }
        } catch (Throwable e) {
            hand(new Chunk(null, -1, e));
        }
    }

    /** Queues a chunk, waiting for room; false when the stream was closed meanwhile. */
    private boolean hand(Chunk c) {
        try {
            while (!closed) {
                if (filled.offer(c, 50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private boolean next() throws IOException {
        if (ended) {
            return false;
        }
        if (current != null) {
            free.offer(current.data);
            current = null;
        }
        Chunk c;
        try {
            c = filled.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading the workbook");
        }
        if (c.failure != null) {
            ended = true;
            rethrow(c.failure);
        }
        if (c == END) {
            ended = true;
            return false;
        }
        current = c;
        offset = 0;
        return true;
    }

    private static void rethrow(Throwable t) throws IOException {
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        throw new IOException(t);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (current == null || offset >= current.length) {
            if (!next()) {
                return -1;
            }
        }
        int n = Math.min(len, current.length - offset);
        System.arraycopy(current.data, offset, b, off, n);
        offset += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        filled.clear();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while closing the workbook");
        }
    }
}
