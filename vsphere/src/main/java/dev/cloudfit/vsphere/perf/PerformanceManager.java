package dev.cloudfit.vsphere.perf;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.fault.VimFaultException;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SoapRequest;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * vCenter's PerformanceManager for one {@link VcenterSession}: what to ask for (the counter
 * catalogue and historical intervals, read once and cached here, so keep one instance per session),
 * what an entity offers ({@code QueryAvailablePerfMetric}, {@code QueryPerfProviderSummary}) and the
 * samples ({@code QueryPerf}).
 *
 * <p><b>Query size.</b> vCenter refuses a {@code QueryPerf} call with more metrics than its
 * {@code config.vpxd.stats.maxQueryMetrics} setting (VMware KB 2107096: introduced in vCenter 5.5
 * Update 2d and 6.0; -1 disables the limit). {@link #query} therefore reads that setting once and
 * cuts the specs into calls below it: {@value #DEFAULT_MAX_QUERY_METRICS} metrics per call when the
 * setting is absent or unreadable (the value the KB names, and below every later default), and
 * {@value #UNLIMITED_BATCH} when it is -1 (unlimited to vCenter, but one answer should stay a few MB).
 * Should vCenter still refuse a call as "restricted by the administrator", the limit is halved and
 * the call sent again in smaller pieces.
 *
 * <p>All calls go through {@link VcenterSession#call}, so a lost session is re-established once.
 * Thread-safe: queries may run in parallel.
 */
public final class PerformanceManager {

    /** The vpxd option that caps the metrics of one QueryPerf call. */
    public static final String MAX_QUERY_METRICS_OPTION = "config.vpxd.stats.maxQueryMetrics";
    /** Metrics per call when the option is absent or cannot be read. */
    public static final int DEFAULT_MAX_QUERY_METRICS = 64;
    /** Metrics per call when the option says unlimited (-1): keeps one answer a few MB. */
    public static final int UNLIMITED_BATCH = 256;

    private final VcenterSession session;
    private final ManagedObjectReference perfManager;
    private final PerfProperties properties;
    private final AtomicInteger batchLimit = new AtomicInteger();
    private volatile CounterCatalogue counters;
    private volatile List<HistoricalInterval> intervals;

    /**
     * @param session a logged-in session
     * @throws ExternalSystemException when the server has no PerformanceManager
     */
    public PerformanceManager(VcenterSession session) {
        this.session = Objects.requireNonNull(session, "session");
        this.perfManager = session.serviceContent().requireManager("perfManager");
        this.properties = new PerfProperties(session, perfManager);
    }

    /** @return the session this manager calls through */
    public VcenterSession session() {
        return session;
    }

    /** @return the counter catalogue, read on first use ({@code PerformanceManager.perfCounter}) and cached */
    public CounterCatalogue counters() {
        CounterCatalogue c = counters;
        if (c == null) {
            synchronized (this) {
                if (counters == null) {
                    counters = properties.counters();
                }
                c = counters;
            }
        }
        return c;
    }

    /**
     * @return the server's historical intervals, shortest first, read on first use and cached;
     *         empty when the server lists none (vcsim), see {@link HistoricalInterval#VSPHERE_DEFAULTS}
     */
    public List<HistoricalInterval> historicalIntervals() {
        List<HistoricalInterval> i = intervals;
        if (i == null) {
            synchronized (this) {
                if (intervals == null) {
                    intervals = properties.historicalIntervals();
                }
                i = intervals;
            }
        }
        return i;
    }

    /**
     * @return the most metrics one {@code QueryPerf} call carries: from {@value #MAX_QUERY_METRICS_OPTION},
     *         read once, or halved since after a refusal
     */
    public int maxQueryMetrics() {
        int limit = batchLimit.get();
        if (limit == 0) {
            limit = readMaxQueryMetrics();
            batchLimit.compareAndSet(0, limit);
            limit = batchLimit.get();
        }
        return limit;
    }

    /**
     * {@code QueryPerfProviderSummary}: whether an entity has realtime and historical statistics.
     */
    public PerfProviderSummary providerSummary(ManagedObjectReference entity) {
        return session.call(SoapRequest.method("QueryPerfProviderSummary", perfManager).reference("entity", entity)
                .build(), PerfReaders.providerSummary());
    }

    /**
     * {@code QueryAvailablePerfMetric}: the metrics (counter and instance) the entity has at that interval.
     *
     * @param intervalId 20 for realtime, else a historical interval's sampling period in seconds
     * @param begin only metrics with data after this time, or null
     * @param end only metrics with data before this time, or null
     */
    public List<PerfMetricId> availableMetrics(ManagedObjectReference entity, int intervalId, Instant begin, Instant end) {
        SoapRequest.Builder request = SoapRequest.method("QueryAvailablePerfMetric", perfManager).reference("entity", entity);
        if (begin != null) {
            request.text("beginTime", XsdDateTime.format(begin));
        }
        if (end != null) {
            request.text("endTime", XsdDateTime.format(end));
        }
        request.number("intervalId", intervalId);
        return session.call(request.build(), PerfReaders.availableMetrics());
    }

    /**
     * {@code QueryPerf}, split into calls of at most {@link #maxQueryMetrics()} metrics, sent one
     * after another on this thread; each series goes to {@code sink} as soon as it has been read.
     *
     * @return calls made and points received
     */
    public PerfQueryStats query(List<PerfQuerySpec> specs, PerfSeriesSink sink) {
        PerfQueryStats stats = PerfQueryStats.NONE;
        for (List<PerfQuerySpec> call : QueryBatches.plan(specs, maxQueryMetrics())) {
            stats = stats.plus(queryWithinLimit(call, sink));
        }
        return stats;
    }

    private PerfQueryStats queryWithinLimit(List<PerfQuerySpec> call, PerfSeriesSink sink) {
        try {
            long[] counts = session.call(request(call), PerfReaders.queryPerf(sink));
            return new PerfQueryStats(1, counts[0], counts[1]);
        } catch (VimFaultException refused) {
            int metrics = QueryBatches.metricCount(call);
            if (!isMetricLimit(refused) || metrics <= 1) {
                throw refused;
            }
            int smaller = Math.max(1, metrics / 2);
            batchLimit.accumulateAndGet(smaller, Math::min); // a refusal comes before any series: nothing was sent to the sink
            PerfQueryStats stats = PerfQueryStats.NONE;
            for (List<PerfQuerySpec> part : QueryBatches.plan(call, smaller)) {
                stats = stats.plus(queryWithinLimit(part, sink));
            }
            return stats;
        }
    }

    /** vCenter's refusal of a query over maxQueryMetrics: fault RestrictedByAdministrator naming the option. */
    static boolean isMetricLimit(VimFaultException fault) {
        return fault.faultName().equals("RestrictedByAdministrator")
                || String.valueOf(fault.getMessage()).contains("maxQueryMetrics");
    }

    private SoapRequest request(List<PerfQuerySpec> call) {
        SoapRequest.Builder request = SoapRequest.method("QueryPerf", perfManager);
        for (PerfQuerySpec spec : call) {
            request.object("querySpec", null, q -> {
                q.reference("entity", spec.entity());
                if (spec.start() != null) {
                    q.text("startTime", XsdDateTime.format(spec.start()));
                }
                if (spec.end() != null) {
                    q.text("endTime", XsdDateTime.format(spec.end()));
                }
                if (spec.maxSample() > 0) {
                    q.number("maxSample", spec.maxSample());
                }
                for (PerfMetricId id : spec.metrics()) {
                    q.object("metricId", null, m -> m.number("counterId", id.counterKey()).text("instance", id.instance()));
                }
                q.number("intervalId", spec.intervalId());
            });
        }
        return request.build();
    }

    private int readMaxQueryMetrics() {
        OptionalInt value;
        try {
            value = properties.intOption(MAX_QUERY_METRICS_OPTION);
        } catch (VimFaultException unreadable) {
            // InvalidName when the option is not set (vcsim, default installs), NoPermission for a read-only user
            return DEFAULT_MAX_QUERY_METRICS;
        }
        if (value.isEmpty() || value.getAsInt() == 0) {
            return DEFAULT_MAX_QUERY_METRICS;
        }
        int v = value.getAsInt();
        return v < 0 ? UNLIMITED_BATCH : Math.min(v, UNLIMITED_BATCH);
    }

    @Override
    public String toString() {
        return "PerformanceManager[" + session + "]";
    }
}
