package dev.cloudfit.assess.collect;

import dev.cloudfit.assess.collect.perf.ContinuousCollector;
import dev.cloudfit.assess.collect.perf.ContinuousProgress;
import dev.cloudfit.assess.collect.perf.ContinuousSettings;
import dev.cloudfit.assess.collect.perf.IntervalPlan;
import dev.cloudfit.assess.collect.perf.PerfCollectSettings;
import dev.cloudfit.assess.collect.perf.PerfHistoryCollector;
import dev.cloudfit.assess.collect.perf.PerfHistorySummary;
import dev.cloudfit.assess.collect.perf.PerfTarget;
import dev.cloudfit.assess.workspace.TimeRange;
import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.perf.PerformanceManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The performance history {@code cloudfit collect} reads: every VM's historical intervals through
 * {@link PerfHistoryCollector} (only what the workspace is missing), then, with {@code --continuous},
 * realtime 10-minute peaks through {@link ContinuousCollector} until {@link #stop()}.
 *
 * <p>Templates are left out (they never run, so vCenter keeps no statistics for them). A stop
 * during the history read ends it after the VMs in flight (the thread is interrupted and the next
 * VM's progress report fails the collection): what arrived is stored, the run is marked interrupted
 * and the next run fetches the rest; a stop while polling lets the poll in progress flush, and the
 * run completes with everything flushed.
 *
 * <p>One instance serves one run at a time.
 */
public final class VcenterPerformanceCollection implements PerformanceCollection {

    private final ContinuousSettings continuous;
    private final Set<Duration> intervals;
    private final Object lock = new Object();
    private Thread historyThread;
    private ContinuousCollector poller;
    private boolean stopped;

    /**
     * @param options whether to poll after the history, which intervals to read
     */
    public VcenterPerformanceCollection(PerfOptions options) {
        this.continuous = options.continuous();
        this.intervals = options.intervals();
    }

    @Override
    public PerfOutcome collect(PerfRequest request) {
        List<PerfTarget> targets = request.inventory().vms().stream()
                .filter(c -> !c.vm().template())
                .map(c -> new PerfTarget(c.ref(), c.vm().identity().key()))
                .toList();
        PerformanceManager perf = new PerformanceManager(request.session());
        CollectProgress progress = request.progress();
        progress.perfStarted(targets.size());
        PerfHistorySummary history;
        synchronized (lock) {
            if (stopped) {
                throw new ExternalSystemException("stopped (SIGINT/SIGTERM) before performance history was read");
            }
            historyThread = Thread.currentThread();
        }
        try {
            history = new PerfHistoryCollector(perf, request.workspace(), request.runId()).collect(targets,
                    new PerfCollectSettings(request.settings().days(), request.settings().parallel(), intervals),
                    p -> {
                        progress.perfVmDone(p.vmsDone(), p.samples());
                        if (stopRequested()) {
                            // the collector stops at the first failure of a VM: no new VM starts, those in flight end
                            throw new ExternalSystemException("stopped by SIGINT/SIGTERM");
                        }
                    });
        } finally {
            synchronized (lock) {
                historyThread = null;
                Thread.interrupted(); // a stop that came as the history ended must not hit the next call
            }
        }
        TimeRange covered = covered(history.intervals());
        if (continuous == null) {
            return new PerfOutcome(history.inserted(), history.gaps(), covered, true);
        }
        ContinuousCollector collector = new ContinuousCollector(perf, request.workspace(), request.runId(),
                new ContinuousSettings(continuous.pollEvery(),
                continuous.realtimeWindow(), continuous.bucket(), request.settings().parallel()));
        synchronized (lock) {
            if (stopped) {
                return new PerfOutcome(history.inserted(), history.gaps(), covered, true);
            }
            poller = collector;
        }
        ContinuousProgress polled;
        try {
            polled = collector.run(targets, p -> progress.continuousPoll(p.polls(), p.peaksStored(), p.flushedUntil()));
        } finally {
            synchronized (lock) {
                poller = null;
            }
        }
        if (polled.flushedUntil() != null && covered != null && polled.flushedUntil().isAfter(covered.end())) {
            covered = new TimeRange(covered.start(), polled.flushedUntil());
        }
        return new PerfOutcome(history.inserted() + polled.peaksStored(), history.gaps(), covered, true);
    }

    private boolean stopRequested() {
        synchronized (lock) {
            return stopped;
        }
    }

    @Override
    public void stop() {
        synchronized (lock) {
            stopped = true;
            if (poller != null) {
                poller.stop();
            } else if (historyThread != null) {
                historyThread.interrupt();
            }
        }
    }

    /** The union of the intervals' ranges: from the earliest start to the latest end. */
    private static TimeRange covered(List<IntervalPlan> plans) {
        Instant start = null;
        Instant end = null;
        for (IntervalPlan p : plans) {
            if (start == null || p.range().start().isBefore(start)) {
                start = p.range().start();
            }
            if (end == null || p.range().end().isAfter(end)) {
                end = p.range().end();
            }
        }
        return start == null ? null : new TimeRange(start, end);
    }
}
