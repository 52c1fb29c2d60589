package dev.cloudfit.migrate.disk.vmdk;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.migrate.disk.DataRunSink;
import dev.cloudfit.migrate.disk.raw.NonZeroRuns;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Inflates compressed grains on worker threads while the caller goes on reading the stream, and
 * hands the grains to the sink on the caller's thread, in the order they were added. Grains travel
 * in batches; at most {@link #WINDOW} batches per worker are in flight, so memory stays bounded
 * (a few MiB) whatever the disk size. A damaged grain fails when its turn comes, after every grain
 * before it was delivered, as a one-thread reader would.
 *
 * <p>Grains inflate into a direct buffer, and grains adjacent on the disk go to the sink as one run
 * (a batch of full grains is one run of about 2 MiB), which a file writer writes as it is: no copy
 * of the inflated bytes besides the kernel's.
 */
final class GrainInflater implements AutoCloseable {

    /**
     * A batch holds about 2 MiB of inflated grains (32 grains of the usual 64 KiB): few hand-overs
     * between threads, which cost most on a busy machine.
     */
    private static final int BATCH_BYTES = Integer.getInteger("cloudfit.disk.inflateBatchBytes", 2 << 20);
    private static final int WINDOW = 2;

    private final String source;
    private final int grainBytes;
    private final int maxCompressed;
    private final long base;
    private final DataRunSink sink;
    private final ExecutorService workers;
    private final int maxInFlight;
    private final int grainsPerBatch;
    private final ArrayDeque<Future<Batch>> inFlight = new ArrayDeque<>();
    private final ArrayDeque<Batch> free = new ArrayDeque<>();
    private Batch filling;

    /**
     * @param threads worker threads; 0 inflates on the caller's thread
     */
    GrainInflater(String source, int grainBytes, int maxCompressed, long base, DataRunSink sink, int threads) {
        this.source = source;
        this.grainBytes = grainBytes;
        this.maxCompressed = maxCompressed;
        this.base = base;
        this.sink = sink;
        this.workers = threads == 0 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "vmdk-inflate");
            t.setDaemon(true);
            return t;
        });
        this.maxInFlight = Math.max(1, threads * WINDOW);
        this.grainsPerBatch = Math.max(1, BATCH_BYTES / grainBytes);
    }

    /**
     * Worker threads: system property {@code cloudfit.disk.inflateThreads} when set (0: inflate on
     * the reader's thread), else one per core, at most 4, and none on a single core.
     */
    static int defaultThreads() {
        int cores = Runtime.getRuntime().availableProcessors();
        int threads = Integer.getInteger("cloudfit.disk.inflateThreads", cores <= 1 ? 0 : Math.min(4, cores));
        return Math.max(0, Math.min(16, threads));
    }

    /**
     * Adds a grain: {@code size} compressed bytes from {@code data[from]}, which inflate to at most
     * {@code limit} bytes at disk offset {@code diskAt}; {@code at} is the grain's stream offset.
     */
    void add(long at, long lba, long diskAt, ByteBuffer data, int from, int size, int limit) throws IOException {
        if (filling == null) {
            filling = free.isEmpty() ? new Batch() : free.pop();
            filling.count = 0;
            filling.inputUsed = 0;
        }
        filling.add(at, lba, diskAt, data, from, size, limit);
        if (filling.count == grainsPerBatch) {
            submit();
        }
    }

    /** Delivers every grain added so far. */
    void finish() throws IOException {
        if (filling != null && filling.count > 0) {
            submit();
        }
        while (!inFlight.isEmpty()) {
            deliver(inFlight.pop());
        }
    }

    private void submit() throws IOException {
        Batch batch = filling;
        filling = null;
        if (workers == null) {
            batch.inflate();
            deliver(batch);
            return;
        }
        inFlight.add(workers.submit(batch::inflate));
        while (inFlight.size() >= maxInFlight) {
            deliver(inFlight.pop());
        }
    }

    private void deliver(Future<Batch> future) throws IOException {
        Batch batch;
        try {
            batch = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while inflating grains of " + source, e);
        } catch (ExecutionException e) {
            throw new IOException("inflating grains of " + source + " failed", e.getCause());
        }
        deliver(batch);
    }

    private void deliver(Batch batch) throws IOException {
        if (batch.failure != null) {
            throw batch.failure;
        }
        int i = 0;
        while (i < batch.count) {
            int end = i + 1; // grains i to end - 1 lie one after the other, on the disk as in the buffer
            while (end < batch.count && batch.outLength[end - 1] == grainBytes
                    && batch.diskAt[end] == batch.diskAt[end - 1] + grainBytes) {
                end++;
            }
            int from = i * grainBytes;
            int to = (end - 1) * grainBytes + batch.outLength[end - 1];
            NonZeroRuns.send(base + batch.diskAt[i], batch.output.duplicate().limit(to).position(from), sink);
            i = end;
        }
        free.push(batch);
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    /** Grains travelling together: their compressed bytes in, their inflated bytes out. */
    private final class Batch {
        final byte[] input = new byte[grainsPerBatch * maxCompressed];
        final ByteBuffer output = ByteBuffer.allocateDirect(grainsPerBatch * grainBytes);
        final long[] at = new long[grainsPerBatch];
        final long[] lba = new long[grainsPerBatch];
        final long[] diskAt = new long[grainsPerBatch];
        final int[] inFrom = new int[grainsPerBatch];
        final int[] inSize = new int[grainsPerBatch];
        final int[] limit = new int[grainsPerBatch];
        final int[] outLength = new int[grainsPerBatch];
        int count;
        int inputUsed;
        BadInputException failure;

        void add(long grainAt, long grainLba, long grainDiskAt, ByteBuffer data, int from, int size, int outLimit) {
            data.get(from, input, inputUsed, size);
            at[count] = grainAt;
            lba[count] = grainLba;
            diskAt[count] = grainDiskAt;
            inFrom[count] = inputUsed;
            inSize[count] = size;
            limit[count] = outLimit;
            inputUsed += size;
            count++;
        }

        Batch inflate() {
            failure = null;
            Inflater inflater = new Inflater();
            try {
                for (int i = 0; i < count; i++) {
                    outLength[i] = inflateOne(inflater, i);
                }
            } catch (BadInputException e) {
                failure = e;
            } finally {
                inflater.end();
            }
            return this;
        }

        private int inflateOne(Inflater inflater, int i) {
            inflater.reset();
            inflater.setInput(input, inFrom[i], inSize[i]);
            try {
                ByteBuffer out = output.duplicate().limit(i * grainBytes + limit[i]).position(i * grainBytes);
                int n = inflater.inflate(out);
                if (!inflater.finished()) {
                    if (n == limit[i] && !inflater.needsInput()) {
                        throw Problem.at(source, at[i], "expected grain data of at most " + limit[i]
                                + " bytes, it inflates to more");
                    }
                    throw Problem.at(source, at[i], "expected " + inSize[i] + " bytes of complete zlib data for "
                            + "sector " + lba[i] + ", they end early");
                }
                return n;
            } catch (DataFormatException e) {
                throw Problem.at(source, at[i] + 12, "expected zlib data for the grain at sector " + lba[i]
                        + ", it is damaged (" + e.getMessage() + ")");
            }
        }
    }
}
