package dev.cloudfit.vsphere.export;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;

/** Calls {@code HttpNfcLeaseProgress} at a fixed interval on a thread of its own until stopped or refused. */
final class KeepAlive implements AutoCloseable {

    private final ScheduledExecutorService timer;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final AtomicInteger calls = new AtomicInteger();

    private KeepAlive(ExportLease lease, Duration interval, IntSupplier percent) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cloudfit-lease-keepalive");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, interval.toMillis());
        timer.scheduleWithFixedDelay(() -> {
            try {
                lease.progress(percent.getAsInt());
                calls.incrementAndGet();
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
                timer.shutdown(); // a refused progress call means the lease is over: stop asking
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    static KeepAlive start(ExportLease lease, Duration interval, IntSupplier percent) {
        return new KeepAlive(lease, interval, percent);
    }

    /** @return the first refused progress call, if any */
    Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure.get());
    }

    /** @return how many progress calls succeeded */
    int calls() {
        return calls.get();
    }

    /** Stops calling and waits for a call under way to finish. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
