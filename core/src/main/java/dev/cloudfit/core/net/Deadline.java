package dev.cloudfit.core.net;

import dev.cloudfit.core.error.ExternalSystemException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * An overall deadline for work that talks to another system: the work runs on a daemon worker and the caller
 * waits at most the deadline. When it passes, the worker is interrupted and abandoned (a call stalled in a
 * library may not notice), and the caller gets one {@link ExternalSystemException} line (exit 3) from
 * {@code message}, which says what timed out and what was kept. The caller must not use what the worker was
 * filling after a timeout.
 */
public final class Deadline {

    private Deadline() {
    }

    /** Runs {@code work} within {@code limit}; its own exceptions pass through unchanged. */
    public static void run(Runnable work, Duration limit, Supplier<String> message) {
        Objects.requireNonNull(work, "work");
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a deadline is positive: " + limit);
        }
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cloudfit-deadline-worker");
            t.setDaemon(true);
            return t;
        });
        Future<?> done = worker.submit(work);
        worker.shutdown();
        try {
            done.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            done.cancel(true);
            throw new ExternalSystemException(message.get(), e);
        } catch (InterruptedException e) {
            done.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExternalSystemException(message.get(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
