package dev.cloudfit.assess.pricing.retail;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before retrying a page. Exponential: the n-th retry waits a random time between half and all
 * of {@code initial × 2^(n-1)}, capped at {@code max} ("equal jitter": parallel clients spread out, yet never
 * retry at once). A server's {@code Retry-After} is a floor: we never come back sooner than it asks.
 */
final class Backoff {

    private final Duration initial;
    private final Duration max;

    Backoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    /** The wait after the {@code failedAttempts}-th failure (1 for the first). */
    Duration delay(int failedAttempts, Optional<Duration> retryAfter) {
        long capMillis = max.toMillis();
        long exp = initial.toMillis();
        for (int i = 1; i < failedAttempts && exp < capMillis; i++) {
            exp *= 2;
        }
        exp = Math.min(exp, capMillis);
        long half = exp / 2;
        long jittered = half + (exp - half == 0 ? 0 : ThreadLocalRandom.current().nextLong(exp - half + 1));
        Duration wait = Duration.ofMillis(jittered);
        if (retryAfter.isPresent() && retryAfter.get().compareTo(wait) > 0) {
            return retryAfter.get();
        }
        return wait;
    }

    /**
     * Reads a {@code Retry-After} header: delay-seconds ({@code 120}) or an HTTP date
     * ({@code Wed, 21 Oct 2015 07:28:00 GMT}, RFC 9110). A date in the past means zero; anything unreadable is
     * ignored (the exponential backoff applies).
     */
    static Optional<Duration> parseRetryAfter(Optional<String> header, Instant now) {
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get().trim();
        if (value.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
