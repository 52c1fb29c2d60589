package dev.cloudfit.migrate.disk.upload;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.warm.DiskTarget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A warm cycle's target ({@link DiskTarget}) on a managed disk's page blob, through its upload SAS. The
 * bytes arrive in ascending order; they are gathered per 4 MiB window of the disk, and when the cycle
 * moves past a window (or {@link #finish} is called) the window's written areas go out: their non-zero
 * pages with Put Page (never more than 4 MiB a request), their all-zero pages as Put Page {@code clear}
 * (the area became zero on the source, the blob may still hold the old bytes there). {@link #zero}
 * clears only where the blob holds pages (Get Page Ranges, listed once). {@link #finish} writes the
 * VHD footer last and returns when every request succeeded. Up to {@code parallel} requests are in
 * flight (their ranges never overlap); the first that fails stops the copy at the next call.
 *
 * <p>Durability is the cycle's: the warm state stores the copied change ids only after {@code finish}
 * returned, so a crash runs the cycle again from the last stored change ids, and writing a page twice
 * is harmless. No journal of its own is needed.
 */
public final class PageBlobTarget implements DiskTarget, AutoCloseable {

    private final PageBlobRest blob;
    private final UploadLayout layout;
    private final byte[] footer;
    private final byte[] window = new byte[UploadLayout.CHUNK];
    private final List<ByteRange> written = new ArrayList<>(); // absolute, within the window, ascending, merged
    private long windowStart = -1;
    private List<ByteRange> blobPages;
    private final AtomicLong dataBytesSent = new AtomicLong();
    private final AtomicLong bytesCleared = new AtomicLong();
    private final int parallel;
    private final Semaphore inFlight;
    private final ExecutorService senders;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    /**
     * @param blob the managed disk's page blob (its write SAS)
     * @param layout the disk's size and its blob's layout
     * @param footer the 512-byte VHD footer written at {@code layout.dataBytes()}
     * @param parallel requests in flight at most
     */
    public PageBlobTarget(PageBlobRest blob, UploadLayout layout, byte[] footer, int parallel) {
        if (parallel < 1) {
            throw new IllegalArgumentException("at least one request in flight, not " + parallel);
        }
        if (footer.length != UploadLayout.FOOTER) {
            throw new IllegalArgumentException("a VHD footer is 512 bytes, not " + footer.length);
        }
        this.blob = blob;
        this.layout = layout;
        this.footer = footer.clone();
        this.parallel = parallel;
        this.inFlight = new Semaphore(parallel);
        this.senders = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "warm-page-sender");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void write(long offset, byte[] bytes, int length) {
        rethrow();
        if (offset < 0 || offset + length > layout.virtualSize()) {
            throw new IllegalArgumentException("a write of " + length + " bytes at " + offset + " is outside the disk's "
                    + layout.virtualSize() + " bytes");
        }
        int done = 0;
        while (done < length) {
            long at = offset + done;
            if (windowStart < 0 || at < windowStart || at >= windowStart + UploadLayout.CHUNK) {
                flush();
                windowStart = at - at % UploadLayout.CHUNK;
            }
            int n = (int) Math.min(length - done, windowStart + UploadLayout.CHUNK - at);
            System.arraycopy(bytes, done, window, (int) (at - windowStart), n);
            note(new ByteRange(at, n));
            done += n;
        }
    }

    @Override
    public void zero(long offset, long length) {
        flush();
        if (blobPages == null) {
            blobPages = blob.pageRanges();
        }
        for (ByteRange held : ByteRange.intersect(blobPages, new ByteRange(offset, length))) {
            for (long at = held.offset(); at < held.end(); at += UploadLayout.CHUNK) {
                clear(new ByteRange(at, Math.min(UploadLayout.CHUNK, held.end() - at)));
            }
        }
    }

    @Override
    public void finish() {
        flush();
        drain();
        blob.putPages(layout.dataBytes(), footer, 0, footer.length);
    }

    /** Stops the senders (after the requests in flight ended). */
    @Override
    public void close() {
        senders.shutdown();
        try {
            if (!senders.awaitTermination(10, TimeUnit.MINUTES)) {
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            senders.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** @return the bytes of disk data sent with Put Page (not the footer) */
    public long dataBytesSent() {
        return dataBytesSent.get();
    }

    /** @return the bytes cleared with Put Page {@code clear} */
    public long bytesCleared() {
        return bytesCleared.get();
    }

    private void note(ByteRange range) {
        if (!written.isEmpty() && written.get(written.size() - 1).end() == range.offset()) {
            ByteRange last = written.remove(written.size() - 1);
            written.add(new ByteRange(last.offset(), last.length() + range.length()));
        } else {
            written.add(range);
        }
    }

    /** Sends the window's written areas: non-zero pages written, zero pages cleared. */
    private void flush() {
        for (ByteRange area : written) {
            if (area.offset() % UploadLayout.PAGE != 0 || area.length() % UploadLayout.PAGE != 0) {
                throw new IllegalStateException("a changed area " + area + " is not 512-byte aligned: vCenter reports"
                        + " changed areas in whole sectors");
            }
            int from = (int) (area.offset() - windowStart);
            byte[] slice = Arrays.copyOfRange(window, from, from + (int) area.length());
            List<ByteRange> runs = NonZeroRuns.find(slice, slice.length);
            long position = 0;
            for (ByteRange run : runs) {
                if (run.offset() > position) {
                    clear(new ByteRange(area.offset() + position, run.offset() - position));
                }
                long at = area.offset() + run.offset();
                send(() -> {
                    blob.putPages(at, slice, (int) run.offset(), (int) run.length());
                    dataBytesSent.addAndGet(run.length());
                });
                position = run.end();
            }
            if (position < slice.length) {
                clear(new ByteRange(area.offset() + position, slice.length - position));
            }
        }
        written.clear();
        windowStart = -1;
    }

    private void clear(ByteRange range) {
        send(() -> {
            blob.clearPages(range);
            bytesCleared.addAndGet(range.length());
        });
    }

    /** One request, sent when a slot is free. */
    private void send(Runnable request) {
        acquire(1);
        senders.execute(() -> {
            try {
                request.run();
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                inFlight.release();
            }
        });
    }

    /** Waits until every request sent so far ended; throws the first failure. */
    private void drain() {
        acquire(parallel);
        inFlight.release(parallel);
        rethrow();
    }

    private void acquire(int permits) {
        try {
            inFlight.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExternalSystemException("interrupted while writing " + blob.blob());
        }
        RuntimeException failed = failure.get();
        if (failed != null) {
            inFlight.release(permits);
            throw failed;
        }
    }

    private void rethrow() {
        RuntimeException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
    }

    @Override
    public String toString() {
        return "page blob " + blob.blob();
    }
}
