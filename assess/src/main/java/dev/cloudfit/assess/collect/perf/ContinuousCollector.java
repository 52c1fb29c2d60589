package dev.cloudfit.assess.collect.perf;

import dev.cloudfit.assess.workspace.TimeRange;
import dev.cloudfit.assess.workspace.Workspace;
import dev.cloudfit.assess.workspace.perf.Coverage;
import dev.cloudfit.assess.workspace.perf.PerfCounters;
import dev.cloudfit.assess.workspace.perf.PerfSeries;
import dev.cloudfit.assess.workspace.perf.SampleAppender;
import dev.cloudfit.assess.workspace.perf.SeriesKey;
import dev.cloudfit.assess.workspace.perf.SeriesSource;
import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.perf.PerfCounter;
import dev.cloudfit.vsphere.perf.PerfMetricId;
import dev.cloudfit.vsphere.perf.PerfQuerySpec;
import dev.cloudfit.vsphere.perf.PerformanceManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * {@code --continuous}: polls VMs' realtime 20 s samples (kept by ESXi for about an hour) every few
 * minutes and stores, per series, the peak of each 10-minute bucket, as Azure Migrate's appliance
 * does. Series are stored at a 600 s interval with source {@link SeriesSource#VCENTER_REALTIME_PEAK}.
 *
 * <p><b>Flushing.</b> A bucket is stored once every sample in it has been read (the poll's end is
 * past it); each poll ends with a commit, so what was flushed survives a crash. Open buckets stay in
 * memory only for the poll that reads them.
 *
 * <p><b>Stopping and resuming.</b> {@link #stop()} (from a shutdown hook on SIGINT/SIGTERM) lets the
 * poll in progress finish and commit, then {@link #run} returns; {@link #awaitStopped} lets the hook
 * wait for that. Buckets that were still open are not stored half-seen: on the next start each VM
 * resumes after its last stored peak (or an hour back, which is all realtime holds), so they are
 * read again whole.
 *
 * <p><b>Failures.</b> A lost session is re-established by the session; any other failure ends
 * {@link #run} with an {@link ExternalSystemException} after committing what was complete.
 */
public final class ContinuousCollector {

    static final String SOURCE_DETAIL = "peak of 20 s realtime samples per 10 min";
    private static final long REALTIME_SECONDS = PerfQuerySpec.REALTIME;

    private final PerformanceManager perf;
    private final Workspace workspace;
    private final long runId;
    private final ContinuousSettings settings;
    private final Object wake = new Object();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;

    public ContinuousCollector(PerformanceManager perf, Workspace workspace, long runId, ContinuousSettings settings) {
        this.perf = Objects.requireNonNull(perf, "perf");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.runId = runId;
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Asks {@link #run} to stop after the poll in progress; returns at once. Safe from any thread, twice. */
    public void stop() {
        stopping = true;
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    /** @return whether {@link #run} has returned (or never started and was stopped) within the timeout */
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Polls until {@link #stop()} or an interrupt.
     *
     * @param progress called after each poll
     * @return polls made, peaks stored, and where the flushed history ends
     */
    public ContinuousProgress run(List<PerfTarget> vms, Consumer<ContinuousProgress> progress) {
        try {
            return loop(vms, progress);
        } finally {
            stopped.countDown();
        }
    }

    private ContinuousProgress loop(List<PerfTarget> vms, Consumer<ContinuousProgress> progress) {
        CollectedCounters counters = new CollectedCounters(perf.counters());
        Map<String, List<PerfMetricId>> metrics = new ConcurrentHashMap<>();
        Map<String, Instant> cursors = new ConcurrentHashMap<>();
        AtomicLong peaks = new AtomicLong();
        Instant flushedUntil = null;
        int polls = 0;
        Object storeLock = new Object();
        ExecutorService pool = Executors.newFixedThreadPool(settings.parallelism(), r -> {
            Thread t = new Thread(r, "cloudfit-realtime");
            t.setDaemon(true);
            return t;
        });
        SampleAppender appender = workspace.appender(runId);
        try (appender) {
            for (PerfTarget vm : vms) {
                resumeFrom(vm).ifPresent(t -> cursors.put(vm.vmKey(), t));
            }
            while (!stopping) {
                Instant end = floor(perf.session().currentTime(), REALTIME_SECONDS);
                List<Future<Instant>> polled = new ArrayList<>();
                for (PerfTarget vm : vms) {
                    polled.add(pool.submit(() -> pollVm(vm, end, counters, metrics, cursors, appender, storeLock, peaks)));
                }
                for (Future<Instant> f : polled) {
                    Instant until = await(f);
                    if (until != null && (flushedUntil == null || until.isAfter(flushedUntil))) {
                        flushedUntil = until;
                    }
                }
                synchronized (storeLock) {
                    appender.merge(); // the poll's peaks are durable from here
                }
                polls++;
                progress.accept(new ContinuousProgress(polls, peaks.get(), flushedUntil));
                pause();
            }
        } finally {
            pool.shutdownNow();
            awaitWorkers(pool); // no worker may append once the appender closes
        }
        return new ContinuousProgress(polls, peaks.get(), flushedUntil);
    }

    /** Reads one VM's realtime samples since its cursor and stores the buckets that are complete. */
    private Instant pollVm(PerfTarget vm, Instant end, CollectedCounters counters, Map<String, List<PerfMetricId>> metrics,
                           Map<String, Instant> cursors, SampleAppender appender, Object storeLock, AtomicLong peaks) {
        long bucket = settings.bucket().toSeconds();
        Instant earliest = ceil(end.minus(settings.realtimeWindow()), bucket);
        Instant from = cursors.getOrDefault(vm.vmKey(), earliest);
        if (from.isBefore(earliest)) {
            from = earliest; // stopped longer than realtime reaches: that time is gone
        }
        long points = (end.getEpochSecond() - from.getEpochSecond()) / REALTIME_SECONDS + 1;
        if (points < 1) {
            return null;
        }
        List<PerfMetricId> ids = metrics.computeIfAbsent(vm.vmKey(),
                k -> counters.select(perf.availableMetrics(vm.vm(), PerfQuerySpec.REALTIME, null, null)));
        if (ids.isEmpty()) {
            return null;
        }
        PeakFolder folder = new PeakFolder(bucket, from);
        perf.query(List.of(new PerfQuerySpec(vm.vm(), ids, from.minusSeconds(REALTIME_SECONDS), end,
                PerfQuerySpec.REALTIME, (int) points)), folder);
        Instant completeUntil = end.plusSeconds(REALTIME_SECONDS);
        List<PeakFolder.Peak> complete = folder.complete(completeUntil);
        if (complete.isEmpty()) {
            return null;
        }
        Instant flushed = from;
        for (PeakFolder.Peak p : complete) {
            Instant bucketEnd = p.bucketStart().plusSeconds(bucket);
            if (bucketEnd.isAfter(flushed)) {
                flushed = bucketEnd;
            }
        }
        TimeRange asked = new TimeRange(from, flushed);
        synchronized (storeLock) {
            for (PeakFolder.Peak p : complete) {
                PerfCounter counter = counters.counter(p.metric().counterKey());
                int id = appender.declare(new PerfSeries(new SeriesKey(vm.vmKey(), counter.name().toString(),
                        p.metric().instance(), settings.bucket()), CollectedCounters.unit(counter),
                        SeriesSource.VCENTER_REALTIME_PEAK, SOURCE_DETAIL), asked);
                appender.append(id, p.bucketStart(), CollectedCounters.value(counter, p.rawMax()));
            }
        }
        peaks.addAndGet(complete.size());
        cursors.put(vm.vmKey(), flushed);
        return flushed;
    }

    /** Where a VM's peaks end in the store, by its CPU series (all of a VM's series flush together). */
    private java.util.Optional<Instant> resumeFrom(PerfTarget vm) {
        return workspace.coverage().of(vm.vmKey(), PerfCounters.CPU_USAGE, settings.bucket())
                .map(Coverage::last).map(last -> last.plus(settings.bucket()));
    }

    private void pause() {
        long deadline = System.nanoTime() + settings.pollEvery().toNanos();
        synchronized (wake) {
            while (!stopping) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(wake, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopping = true;
                }
            }
        }
    }

    private static Instant await(Future<Instant> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExternalSystemException("interrupted while polling realtime samples; complete peaks are stored", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static Instant floor(Instant t, long seconds) {
        return Instant.ofEpochSecond(Math.floorDiv(t.getEpochSecond(), seconds) * seconds);
    }

    private static Instant ceil(Instant t, long seconds) {
        Instant f = floor(t, seconds);
        return f.equals(t) ? f : f.plusSeconds(seconds);
    }

    private static void awaitWorkers(ExecutorService pool) {
        try {
            pool.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return the settings, for logs */
    public ContinuousSettings settings() {
        return settings;
    }
}
