package dev.cloudfit.assess.pricing.retail;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bounds how long a response body may take. {@code java.net.http}'s request timeout ends when the headers
 * arrive; a server that then stalls mid-body would block a read for ever. The deadline closes the body stream when
 * it expires, which makes the blocked read fail; {@link #close()} then reports {@link Expired} so the page is
 * retried like any other timeout.
 */
final class BodyDeadline implements AutoCloseable {

    /** The body was cut off because its deadline passed. */
    static final class Expired extends IOException {
        Expired() {
            super("the response body did not arrive in time");
        }
    }

    private final ScheduledFuture<?> timer;
    private final AtomicBoolean expired;

    private BodyDeadline(ScheduledFuture<?> timer, AtomicBoolean expired) {
        this.timer = timer;
        this.expired = expired;
    }

    static BodyDeadline start(ScheduledExecutorService scheduler, InputStream body, Duration timeout) {
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> timer = scheduler.schedule(() -> {
            expired.set(true);
            try {
                body.close();
            } catch (IOException e) {
                // closing is all we can do; the blocked read fails either way
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        return new BodyDeadline(timer, expired);
    }

    /** Stops the timer; throws {@link Expired} if it had already fired, whatever the read reported. */
    @Override
    public void close() throws Expired {
        timer.cancel(false);
        if (expired.get()) {
            throw new Expired();
        }
    }
}
