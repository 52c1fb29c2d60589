package dev.cloudfit.migrate.disk.upload;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How a request that failed for a passing reason (HTTP 408, 429, 500, 502, 503, 504, a timeout,
 * a dropped connection) is tried again: up to {@code attempts} times in all, waiting
 * {@code firstDelay} doubled at each attempt, at most {@code maxDelay}, with jitter so parallel
 * requests do not come back together; a server's {@code Retry-After} is honoured up to
 * {@code maxDelay}.
 *
 * @param attempts tries in all, at least 1
 * @param firstDelay the wait before the second try
 * @param maxDelay the longest wait
 * @param requestTimeout how long one request may take before it counts as failed
 */
public record RetryPolicy(int attempts, Duration firstDelay, Duration maxDelay, Duration requestTimeout) {

    /** Eight tries over about a minute; two minutes for one 4 MiB request. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(8, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(2));

    public RetryPolicy {
        if (attempts < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0
                || requestTimeout.isZero() || requestTimeout.isNegative()) {
            throw new IllegalArgumentException("attempts >= 1, 0 <= firstDelay <= maxDelay and a positive timeout");
        }
    }

    /** @return whether an HTTP status is worth another try */
    public static boolean isTransient(int status) {
        return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    /**
     * @param failedAttempt the attempt that just failed, from 1
     * @param retryAfter the server's {@code Retry-After}, or null
     * @return how long to wait before the next attempt
     */
    Duration delay(int failedAttempt, Duration retryAfter) {
        long exp = firstDelay.toMillis() << Math.min(20, failedAttempt - 1);
        long capped = Math.min(maxDelay.toMillis(), exp);
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        if (retryAfter != null) {
            jittered = Math.max(jittered, Math.min(maxDelay.toMillis(), retryAfter.toMillis()));
        }
        return Duration.ofMillis(jittered);
    }
}
