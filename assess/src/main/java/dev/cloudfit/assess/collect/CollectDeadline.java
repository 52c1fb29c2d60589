package dev.cloudfit.assess.collect;

import dev.cloudfit.core.error.ExternalSystemException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The overall deadline of a one-off {@code cloudfit collect} ({@code --timeout}). The run goes on a worker and
 * hears its progress through {@link #progress}; when the deadline passes, the performance collection is asked to
 * stop (as on SIGTERM) and the next inventory or performance step fails, so the run marks itself interrupted at a
 * safe point, keeping what it stored. A call stalled inside a request is not interrupted (that could cut a
 * workspace write short): after {@link #GRACE} the worker is abandoned, and the next open of the workspace marks a
 * run still shown running as interrupted. The user gets one line (exit 3): what timed out, in which phase, and
 * what was kept.
 */
public final class CollectDeadline {

    /** How long a run stopped at its deadline gets to record that it was interrupted. */
    public static final Duration GRACE = Duration.ofSeconds(20);

    private final Duration limit;
    private final Duration grace;
    private volatile boolean expired;
    private volatile boolean reading;
    private volatile String phase = "connecting to vCenter and signing in";

    public CollectDeadline(Duration limit, Duration grace) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a deadline is positive: " + limit);
        }
        this.limit = limit;
        this.grace = Objects.requireNonNull(grace, "grace");
    }

    /** {@code progress}, noting the phase and ending the run at its next step once the deadline has passed. */
    public CollectProgress progress(CollectProgress progress) {
        return new CollectProgress() {
            private volatile int total;

            @Override
            public void started(int totalVms) {
                total = totalVms;
                reading = true;
                phase = "reading the inventory (0 of " + totalVms + " VMs read)";
                progress.started(totalVms);
            }

            @Override
            public void vmCollected(int done) {
                phase = "reading the inventory (" + done + " of " + total + " VMs read)";
                progress.vmCollected(done);
                check();
            }

            @Override
            public void perfStarted(int totalVms) {
                total = totalVms;
                phase = "reading performance history (0 of " + totalVms + " VMs stored)";
                progress.perfStarted(totalVms);
                check();
            }

            @Override
            public void perfVmDone(int done, long samples) {
                phase = "reading performance history (" + done + " of " + total + " VMs stored, " + samples
                        + " samples)";
                progress.perfVmDone(done, samples);
                check();
            }

            @Override
            public void continuousPoll(int polls, long peaks, java.time.Instant flushedUntil) {
                progress.continuousPoll(polls, peaks, flushedUntil);
            }

            @Override
            public void summariesStarted() {
                phase = "computing the performance summaries";
                progress.summariesStarted();
            }

            @Override
            public void summariesDone(long series, String window, Duration took) {
                progress.summariesDone(series, window, took);
            }

            @Override
            public void finished() {
                progress.finished();
            }
        };
    }

    private void check() {
        if (expired) {
            throw new ExternalSystemException("the --timeout of " + limit.toSeconds() + " s passed");
        }
    }

    /**
     * Runs {@code run} (given this deadline's progress wrapper to pass on) within the deadline.
     *
     * @param performance the run's performance collection, stopped at the deadline
     */
    public CollectSummary run(Function<CollectDeadline, CollectSummary> run, PerformanceCollection performance) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cloudfit-collect");
            t.setDaemon(true);
            return t;
        });
        Future<CollectSummary> done = worker.submit(() -> run.apply(this));
        worker.shutdown();
        try {
            return done.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw rethrown(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExternalSystemException("collect was interrupted while " + phase, e);
        } catch (TimeoutException e) {
            String where = phase;
            expired = true;
            performance.stop();
            String kept;
            try {
                done.get(grace.toNanos(), TimeUnit.NANOSECONDS);
                kept = "the run completed as it was stopped; what it read is stored";
            } catch (ExecutionException ended) {
                kept = ended.getCause() instanceof CollectInterruptedException ci ? ci.kept()
                        : "nothing was stored (the collection had not started)";
            } catch (TimeoutException | InterruptedException stalled) {
                if (stalled instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                kept = !reading ? "nothing was stored (it had not started reading)"
                        : "a request was still waiting for vCenter " + grace.toSeconds() + " s later; what the run"
                                + " stored stays, and the next open of the workspace marks the run interrupted";
            }
            throw new ExternalSystemException("collect did not finish within " + limit.toSeconds() + " s (--timeout)"
                    + " while " + where + "; " + kept + "; collect again (with a larger --timeout) to complete it", e);
        }
    }

    private static RuntimeException rethrown(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }
}
