package dev.cloudfit.migrate.disk.upload;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.migrate.disk.vhd.VhdFooter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fills a managed disk's page blob, through its write SAS, with a disk image:
 * <ol>
 * <li>the blob must already exist as a page blob of exactly {@link UploadLayout#blobBytes()}
 *     bytes (a disk created for upload does), else nothing is sent;</li>
 * <li>the blob's page ranges are listed once: pages it has where the source has zeros are stale
 *     (an earlier, other upload) and are cleared;</li>
 * <li>the source is read once, in order, in 4 MiB chunks; the SHA-256 of its logical bytes is
 *     computed on the way; each chunk's non-zero pages are sent with Put Page (at most 4 MiB,
 *     512-aligned), all-zero chunks are not sent, chunks the journal shows as written are
 *     skipped; up to {@code parallel} requests are in flight;</li>
 * <li>a chunk is journaled (durably) once all its requests succeeded;</li>
 * <li>the 512-byte footer is written last, then the digest is journaled;</li>
 * <li>with {@code verify}, the blob is read back and compared ({@link BlobVerifier}).</li>
 * </ol>
 */
public final class DiskUploader {

    private final UploadSettings settings;
    private final UploadProgress progress;

    public DiskUploader(UploadSettings settings, UploadProgress progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public UploadResult upload(UploadSource source, SasUrl sas) {
        long started = System.nanoTime();
        UploadLayout layout = new UploadLayout(source.image().virtualSize().bytes());
        String input = source.image().description();
        layout.requireUploadable(input);
        PageBlobRest blob = new PageBlobRest(sas, settings.retry());
        requireMatchingBlob(blob, layout, input);

        try (UploadJournal journal = UploadJournal.open(settings.journal(), journalKey(source, blob, layout))) {
            journal.startedOverBecause().ifPresent(why -> progress.note("the journal " + journal.path()
                    + " was started over: " + why));
            byte[] footer = source.footer().orElseGet(() ->
                    new VhdFooter(layout.dataBytes(), journal.footerCreated(), journal.footerId()).bytes());
            String footerOrigin = source.footer().isPresent() ? "input" : "cloudfit";
            Counts counts = new Counts();
            String digest;
            boolean alreadyComplete = journal.completeDigest().isPresent() && journal.footerWritten();
            if (alreadyComplete) {
                digest = journal.completeDigest().get();
                counts.resumed.set(layout.chunks());
                progress.note("the journal " + journal.path() + " shows this upload complete; nothing to send");
            } else {
                digest = transfer(source, blob, layout, journal, counts);
                progress.phase("writing the footer");
                blob.putPages(layout.dataBytes(), footer, 0, footer.length);
                journal.footerDone();
                journal.complete(digest);
            }
            boolean verified = false;
            if (settings.verify()) {
                progress.phase("verifying: reading the blob back");
                new BlobVerifier(blob, layout).verify(digest, footer);
                verified = true;
            }
            WireCounters w = blob.counters();
            return new UploadResult(input, blob.blob(), layout.virtualSize(), layout.blobBytes(), layout.chunks(),
                    counts.sent.get(), counts.zero.get(), counts.resumed.get(), counts.cleared.get(), w.requests(),
                    w.bodyBytesSent(), w.largestBody(), w.retries(), footerOrigin, digest, verified, alreadyComplete,
                    journal.path().toString(), (System.nanoTime() - started) / 1e9);
        } catch (IOException e) { // the journal's key (the source's size and time) or closing the journal
            throw new BadInputException("cannot use " + input + " or its upload journal " + settings.journal() + ": "
                    + e.getMessage());
        }
    }

    private static void requireMatchingBlob(PageBlobRest blob, UploadLayout layout, String input) {
        PageBlobRest.Properties p = blob.properties();
        if (!p.blobType().equals("PageBlob")) {
            throw new BadInputException(blob.blob() + " is a " + p.blobType() + ", not a page blob: give the write SAS"
                    + " of a managed disk created for upload");
        }
        if (p.size() != layout.blobBytes()) {
            throw new BadInputException(blob.blob() + " is " + p.size() + " bytes, but " + input + " needs "
                    + layout.blobBytes() + " (its " + layout.virtualSize() + " bytes rounded up to a whole MiB, plus the"
                    + " 512-byte footer): create the disk with uploadSizeBytes " + layout.blobBytes());
        }
    }

    private static String journalKey(UploadSource source, PageBlobRest blob, UploadLayout layout) {
        return "blob=" + blob.blob() + " source=" + source.identity() + " virtual=" + layout.virtualSize();
    }

    private static final class Counts {
        final AtomicLong sent = new AtomicLong();
        final AtomicLong zero = new AtomicLong();
        final AtomicLong resumed = new AtomicLong();
        final AtomicLong cleared = new AtomicLong();
    }

    /** Reads the source once and sends what the blob lacks; returns the logical digest. */
    private String transfer(UploadSource source, PageBlobRest blob, UploadLayout layout, UploadJournal journal,
            Counts counts) {
        PageCursor blobPages = new PageCursor(ByteRange.intersect(blob.pageRanges(), new ByteRange(0, layout.dataBytes())));
        LogicalDigest digest = new LogicalDigest(layout.virtualSize());
        int parallel = settings.parallel();
        Semaphore inFlight = new Semaphore(parallel);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Queue<byte[]> spare = new ConcurrentLinkedQueue<>();
        ExecutorService senders = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "disk-upload-sender");
            t.setDaemon(true);
            return t;
        });
        ChunkAssembler.Chunks onChunk = (index, bytes) -> {
            ByteRange chunk = layout.chunk(index);
            digest.update(chunk.offset(), bytes, (int) chunk.length());
            progress.progress(chunk.end(), layout.dataBytes(), blob.counters());
            if (journal.chunkWritten(index)) {
                counts.resumed.incrementAndGet();
                recycle(spare, bytes);
                return;
            }
            List<ByteRange> runs = bytes == null ? List.of() : NonZeroRuns.find(bytes, (int) chunk.length());
            List<ByteRange> absolute = runs.stream().map(r -> new ByteRange(chunk.offset() + r.offset(), r.length())).toList();
            List<ByteRange> stale = ByteRange.subtract(blobPages.within(chunk), absolute);
            if (runs.isEmpty() && stale.isEmpty()) {
                counts.zero.incrementAndGet();
                recycle(spare, bytes);
                return;
            }
            acquire(inFlight, failure);
            senders.execute(() -> {
                try {
                    for (ByteRange s : stale) {
                        blob.clearPages(s);
                        counts.cleared.addAndGet(s.length());
                    }
                    for (ByteRange r : runs) {
                        blob.putPages(chunk.offset() + r.offset(), bytes, (int) r.offset(), (int) r.length());
                    }
                    journal.chunkDone(index);
                    counts.sent.incrementAndGet();
                } catch (UncheckedIOException e) {
                    failure.compareAndSet(null, new BadInputException("cannot write the upload journal "
                            + journal.path() + ": " + e.getCause().getMessage()));
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    recycle(spare, bytes);
                    inFlight.release();
                }
            });
        };
        ChunkAssembler assembler = new ChunkAssembler(layout,
                () -> ChunkAssembler.zeroed(spare.poll()), onChunk);
        try {
            try {
                source.image().transferTo(assembler);
                assembler.finish();
            } catch (IOException e) {
                throw new BadInputException(null, source.image().description() + ": cannot read: " + e.getMessage(), e);
            }
            progress.phase("waiting for the last requests");
            acquire(inFlight, failure, parallel);
        } catch (UncheckedIOException e) {
            throw new BadInputException("cannot write the upload journal " + journal.path() + ": " + e.getCause().getMessage());
        } finally {
            stop(senders);
        }
        RuntimeException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
        return digest.hex();
    }

    /** Lets the requests in flight end (they journal what they wrote) before the journal closes. */
    private static void stop(ExecutorService senders) {
        senders.shutdown();
        try {
            if (!senders.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES)) {
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            senders.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static void recycle(Queue<byte[]> spare, byte[] bytes) {
        if (bytes != null) {
            spare.offer(bytes);
        }
    }

    private static void acquire(Semaphore s, AtomicReference<RuntimeException> failure) {
        acquire(s, failure, 1);
    }

    /** Waits for {@code permits} request slots; stops the reading when a request has failed. */
    private static void acquire(Semaphore s, AtomicReference<RuntimeException> failure, int permits) {
        try {
            s.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExternalSystemException("interrupted while uploading");
        }
        RuntimeException failed = failure.get();
        if (failed != null) {
            s.release(permits);
            throw failed;
        }
    }
}
