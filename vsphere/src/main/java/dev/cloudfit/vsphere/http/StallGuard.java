package dev.cloudfit.vsphere.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A response body whose read fails when it has waited longer than the limit for the next bytes: the
 * watch closes the underlying stream, which unblocks the read. Time the caller spends between reads
 * (e.g. uploading what it read) does not count.
 */
final class StallGuard extends FilterInputStream {

    private static final ScheduledExecutorService WATCH = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "cloudfit-http-stall-watch");
        thread.setDaemon(true);
        return thread;
    });

    private final long limitNanos;
    private final Duration limit;
    private final ScheduledFuture<?> watch;
    private volatile long readingSince; // 0 while not inside a read
    private volatile boolean stalled;

    StallGuard(InputStream in, Duration limit) {
        super(in);
        this.limit = limit;
        this.limitNanos = limit.toNanos();
        long period = Math.max(10, limit.toMillis() / 4);
        this.watch = WATCH.scheduleWithFixedDelay(this::check, period, period, TimeUnit.MILLISECONDS);
    }

    private void check() {
        long since = readingSince;
        if (since != 0 && System.nanoTime() - since > limitNanos) {
            stalled = true;
            watch.cancel(false);
            try {
                in.close();
            } catch (IOException e) {
                // the read fails either way
            }
        }
    }

    @Override
    public int read() throws IOException {
        readingSince = System.nanoTime();
        try {
            return super.read();
        } catch (IOException e) {
            throw stalled ? stall(e) : e;
        } finally {
            readingSince = 0;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        readingSince = System.nanoTime();
        try {
            int n = super.read(b, off, len);
            if (n < 0 && stalled) {
                throw stall(null);
            }
            return n;
        } catch (IOException e) {
            throw stalled ? stall(e) : e;
        } finally {
            readingSince = 0;
        }
    }

    private IOException stall(IOException cause) {
        return new IOException("the server sent nothing for " + limit.toSeconds() + " s", cause);
    }

    @Override
    public void close() throws IOException {
        watch.cancel(false);
        super.close();
    }
}
