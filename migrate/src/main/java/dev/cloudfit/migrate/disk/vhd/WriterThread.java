package dev.cloudfit.migrate.disk.vhd;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Positional writes to one file, done in pieces of {@link #PIECE} bytes by a writer thread while the
 * caller waits for each. Not for parallelism (tmpfs, like most file systems, takes the file's lock for
 * each write, one at a time) but for the scheduler: on a busy machine a thread that runs in short
 * bursts between sleeps gets a CPU sooner than one that computes without pause, and qemu-img's I/O runs
 * that way on its thread pool. Measured on a 4 GiB copy at load 12: the same CPU time, about half the
 * wall time (bench/README.md). System property {@code cloudfit.disk.writerThread=false} writes on the
 * caller's thread instead, to compare.
 */
final class WriterThread implements AutoCloseable {

    static final int PIECE = 2 << 20;

    private final FileChannel channel;
    private final ExecutorService thread;

    WriterThread(FileChannel channel) {
        this.channel = channel;
        this.thread = "false".equals(System.getProperty("cloudfit.disk.writerThread")) ? null
                : Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "vhd-writer");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Writes all of {@code bytes} (position to limit) at file offset {@code at}; returns when written. */
    void write(ByteBuffer bytes, long at) throws IOException {
        long pieceAt = at;
        while (bytes.hasRemaining()) {
            int n = Math.min(PIECE, bytes.remaining());
            ByteBuffer piece = bytes.slice(bytes.position(), n);
            if (thread == null) {
                writeFully(channel, piece, pieceAt);
            } else {
                long from = pieceAt;
                await(thread.submit(() -> {
                    writeFully(channel, piece, from);
                    return null;
                }));
            }
            bytes.position(bytes.position() + n);
            pieceAt += n;
        }
    }

    static void writeFully(FileChannel channel, ByteBuffer bytes, long position) throws IOException {
        long at = position;
        while (bytes.hasRemaining()) {
            at += channel.write(bytes, at);
        }
    }

    private static void await(Future<?> written) throws IOException {
        try {
            written.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the VHD");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException("writing the VHD failed", cause);
        }
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.shutdownNow();
        }
    }
}
