package dev.cloudfit.assess.collect.perf;

import dev.cloudfit.assess.workspace.TimeRange;
import dev.cloudfit.assess.workspace.Workspace;
import dev.cloudfit.assess.workspace.perf.SampleAppender;
import dev.cloudfit.core.error.CloudfitException;
import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.perf.PerfMetricId;
import dev.cloudfit.vsphere.perf.PerfQuerySpec;
import dev.cloudfit.vsphere.perf.PerfQueryStats;
import dev.cloudfit.vsphere.perf.PerformanceManager;
import dev.cloudfit.vsphere.session.VcenterSession;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Reads VMs' performance history from vCenter's historical intervals into a workspace run.
 *
 * <p><b>What.</b> CPU usage and ready, memory usage (consumed and active where the statistics level
 * keeps them) per VM; disk IOPS and throughput per virtual disk; network throughput per NIC
 * ({@link CollectedCounters}). For each interval the server keeps (5 min for a day, 30 min for a
 * week, 2 h for a month by default; {@link IntervalPlan}) over the part of the asked days that
 * interval reaches; every series records its interval and where it came from.
 *
 * <p><b>Only what is missing.</b> Before querying a batch of VMs, one workspace query per interval
 * finds, per VM and counter, the time not yet stored ({@code SampleCoverage.missingForVms}); only
 * those ranges are asked for, and the store ignores a point it already has. Ranges end at the last
 * whole sampling period before vCenter's clock, so points line up across runs.
 *
 * <p><b>Memory.</b> Samples stream from the XML into the {@link SampleAppender} one series at a
 * time; the JVM holds the series being read by each worker, one batch of VMs' gap lists, and the
 * appender's entry per series, never the samples.
 *
 * <p><b>Parallelism.</b> {@code parallelism} VMs are queried at once (each VM: one
 * {@code QueryAvailablePerfMetric}, then {@code QueryPerf} calls cut below maxQueryMetrics). The
 * workspace has one connection, so appending is serialised under one lock while XML parsing and
 * network waits overlap.
 *
 * <p><b>Failures.</b> A lost session is re-established by {@link VcenterSession#call}. Any other
 * failure (vCenter stops answering) stops the collection: queries in flight end, what arrived is
 * merged into the store, and an {@link ExternalSystemException} says how far it got. The run is the
 * caller's: it marks it interrupted; the next run fetches only what is still missing.
 */
public final class PerfHistoryCollector {

    /** VMs whose gap lists are read in one workspace query. */
    static final int VMS_PER_GAP_QUERY = 200;

    private final PerformanceManager perf;
    private final Workspace workspace;
    private final long runId;

    /**
     * @param perf the performance manager of the session to read through (its catalogue is cached there)
     * @param workspace the workspace to store into; nothing else may use it while {@link #collect} runs
     * @param runId the running run the samples belong to
     */
    public PerfHistoryCollector(PerformanceManager perf, Workspace workspace, long runId) {
        this.perf = Objects.requireNonNull(perf, "perf");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.runId = runId;
    }

    /** @see #PerfHistoryCollector(PerformanceManager, Workspace, long) */
    public PerfHistoryCollector(VcenterSession session, Workspace workspace, long runId) {
        this(new PerformanceManager(session), workspace, runId);
    }

    /**
     * Collects the history of {@code vms}.
     *
     * @param progress called after each VM (from worker threads, one call at a time)
     * @return what was read
     * @throws ExternalSystemException when vCenter fails; the samples that arrived are stored
     */
    public PerfHistorySummary collect(List<PerfTarget> vms, PerfCollectSettings settings, Consumer<PerfProgress> progress) {
        long started = System.nanoTime();
        CollectedCounters counters = new CollectedCounters(perf.counters());
        Instant now = perf.session().currentTime();
        List<IntervalPlan> plans = IntervalPlan.plan(perf.historicalIntervals(), settings.days(), now,
                settings.onlyIntervals());
        if (plans.isEmpty()) {
            throw new IllegalArgumentException("no historical interval matches " + settings.onlyIntervals());
        }
        Run run = new Run(vms.size(), progress);
        Object storeLock = new Object();
        ExecutorService pool = Executors.newFixedThreadPool(settings.parallelism(), new WorkerThreads());
        Semaphore slots = new Semaphore(settings.parallelism() * 2);
        SampleAppender appender = workspace.appender(runId);
        try (appender) {
            try {
                for (int from = 0; from < vms.size() && run.failure.get() == null; from += VMS_PER_GAP_QUERY) {
                    List<PerfTarget> batch = vms.subList(from, Math.min(vms.size(), from + VMS_PER_GAP_QUERY));
                    Map<IntervalPlan, Map<String, Map<String, List<TimeRange>>>> gaps = new LinkedHashMap<>();
                    synchronized (storeLock) {
                        List<String> keys = batch.stream().map(PerfTarget::vmKey).toList();
                        for (IntervalPlan plan : plans) {
                            gaps.put(plan, workspace.coverage().missingForVms(keys, plan.period(), plan.range()));
                        }
                    }
                    for (PerfTarget vm : batch) {
                        slots.acquire();
                        if (run.failure.get() != null) {
                            slots.release();
                            break;
                        }
                        VmCollection job = new VmCollection(vm, plans, gaps, counters, appender, storeLock);
                        pool.execute(() -> {
                            try {
                                run.finished(job.run());
                            } catch (Throwable t) {
                                run.failure.compareAndSet(null, t);
                            } finally {
                                slots.release();
                            }
                        });
                    }
                }
                pool.shutdown();
                while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    // workers end on their own; a stuck call ends at the transport's timeout
                }
            } catch (InterruptedException e) {
                pool.shutdownNow();
                Thread.currentThread().interrupt();
                run.failure.compareAndSet(null, e);
                awaitQuietly(pool);
            } finally {
                pool.shutdownNow();
            }
        }
        Throwable failure = run.failure.get();
        if (failure != null) {
            throw stopped(failure, run, vms.size());
        }
        return new PerfHistorySummary(run.done.get(), run.samples.get(), appender.inserted(), run.gaps.get(),
                run.queries.get(), plans, Duration.ofNanos(System.nanoTime() - started));
    }

    private static RuntimeException stopped(Throwable failure, Run run, int total) {
        String where = "performance history stopped after " + run.done.get() + " of " + total + " VMs ("
                + run.samples.get() + " samples stored; the next run fetches only what is missing): ";
        if (failure instanceof InterruptedException) {
            return new ExternalSystemException(where + "interrupted", failure);
        }
        if (failure instanceof CloudfitException c && !(failure instanceof ExternalSystemException)) {
            return c; // bad input (e.g. a refused login) keeps its own exit code and message
        }
        if (failure instanceof ExternalSystemException || failure instanceof dev.cloudfit.vsphere.fault.VimFaultException) {
            return new ExternalSystemException(where + failure.getMessage(), failure);
        }
        if (failure instanceof RuntimeException r) {
            return r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(failure);
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException again) {
            Thread.currentThread().interrupt();
        }
    }

    /** The counters of one run, shared by the workers. */
    private static final class Run {
        final int total;
        final Consumer<PerfProgress> progress;
        final AtomicInteger done = new AtomicInteger();
        final AtomicLong samples = new AtomicLong();
        final AtomicLong gaps = new AtomicLong();
        final AtomicInteger queries = new AtomicInteger();
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        Run(int total, Consumer<PerfProgress> progress) {
            this.total = total;
            this.progress = progress;
        }

        synchronized void finished(VmResult result) {
            samples.addAndGet(result.samples());
            gaps.addAndGet(result.gaps());
            queries.addAndGet(result.queries());
            progress.accept(new PerfProgress(done.incrementAndGet(), total, samples.get()));
        }
    }

    /** What one VM brought. */
    record VmResult(long samples, long gaps, int queries) {
    }

    /** One VM: which metrics it has, which ranges are missing, the queries, and the appends. */
    private final class VmCollection {
        private final PerfTarget vm;
        private final List<IntervalPlan> plans;
        private final Map<IntervalPlan, Map<String, Map<String, List<TimeRange>>>> gaps;
        private final CollectedCounters counters;
        private final SampleAppender appender;
        private final Object storeLock;

        VmCollection(PerfTarget vm, List<IntervalPlan> plans,
                     Map<IntervalPlan, Map<String, Map<String, List<TimeRange>>>> gaps, CollectedCounters counters,
                     SampleAppender appender, Object storeLock) {
            this.vm = vm;
            this.plans = plans;
            this.gaps = gaps;
            this.counters = counters;
            this.appender = appender;
            this.storeLock = storeLock;
        }

        VmResult run() {
            List<PerfMetricId> metrics = counters.select(
                    perf.availableMetrics(vm.vm(), plans.get(0).interval().intervalId(), null, null));
            if (metrics.isEmpty()) {
                return new VmResult(0, 0, 0);
            }
            List<PerfQuerySpec> specs = new ArrayList<>();
            SeriesWriter writer = new SeriesWriter(vm.vmKey(), counters, appender, storeLock);
            for (IntervalPlan plan : plans) {
                Map<String, List<TimeRange>> vmGaps = gaps.get(plan).get(vm.vmKey());
                Map<List<TimeRange>, List<PerfMetricId>> byGaps = new LinkedHashMap<>();
                for (PerfMetricId m : metrics) {
                    var counter = counters.counter(m.counterKey());
                    if (plan.fromServer() && !counter.keptAt(plan.interval().level(), m)) {
                        continue; // this interval's statistics level does not keep it
                    }
                    List<TimeRange> missing = vmGaps == null ? List.of(plan.range())
                            : vmGaps.getOrDefault(counter.name().toString(), List.of(plan.range()));
                    if (!missing.isEmpty()) {
                        byGaps.computeIfAbsent(missing, g -> new ArrayList<>()).add(m);
                        writer.expect(plan, m, missing);
                    }
                }
                Duration period = plan.period();
                for (Map.Entry<List<TimeRange>, List<PerfMetricId>> e : byGaps.entrySet()) {
                    for (TimeRange gap : e.getKey()) {
                        long points = gap.length().toSeconds() / period.toSeconds();
                        if (points > 0) {
                            // vCenter excludes the start and includes the end: ask (start - period, end - period]
                            specs.add(new PerfQuerySpec(vm.vm(), e.getValue(), gap.start().minus(period),
                                    gap.end().minus(period), plan.interval().intervalId(),
                                    (int) Math.min(Integer.MAX_VALUE, points)));
                        }
                    }
                }
            }
            if (specs.isEmpty()) {
                return new VmResult(0, 0, 0);
            }
            PerfQueryStats stats = perf.query(specs, writer);
            return new VmResult(writer.stored(), writer.gaps(), stats.calls());
        }
    }

    /** Worker threads: named, daemon (a stuck vCenter must not keep the JVM alive after the command). */
    private static final class WorkerThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "cloudfit-perf-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
