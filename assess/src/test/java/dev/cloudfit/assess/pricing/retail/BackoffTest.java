package dev.cloudfit.assess.pricing.retail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

    @Test
    void retryAfterInSecondsOrAsAnHttpDate() {
        assertThat(Backoff.parseRetryAfter(Optional.of("1"), NOW)).contains(Duration.ofSeconds(1));
        assertThat(Backoff.parseRetryAfter(Optional.of(" 120 "), NOW)).contains(Duration.ofSeconds(120));
        assertThat(Backoff.parseRetryAfter(Optional.of("Wed, 25 Nov 2026 02:00:30 GMT"), NOW))
                .contains(Duration.ofSeconds(30));
        assertThat(Backoff.parseRetryAfter(Optional.of("Wed, 25 Nov 2026 01:59:00 GMT"), NOW)).contains(Duration.ZERO);
        assertThat(Backoff.parseRetryAfter(Optional.of("soon"), NOW)).isEmpty();
        assertThat(Backoff.parseRetryAfter(Optional.empty(), NOW)).isEmpty();
    }

    @Test
    void doublesWithJitterUpToTheCap() {
        Backoff b = new Backoff(Duration.ofMillis(1000), Duration.ofMillis(5000));
        for (int i = 0; i < 50; i++) {
            assertThat(b.delay(1, Optional.empty()).toMillis()).isBetween(500L, 1000L);
            assertThat(b.delay(2, Optional.empty()).toMillis()).isBetween(1000L, 2000L);
            assertThat(b.delay(3, Optional.empty()).toMillis()).isBetween(2000L, 4000L);
            assertThat(b.delay(10, Optional.empty()).toMillis()).isBetween(2500L, 5000L);
        }
    }

    @Test
    void retryAfterIsAFloor() {
        Backoff b = new Backoff(Duration.ofMillis(10), Duration.ofSeconds(60));
        assertThat(b.delay(1, Optional.of(Duration.ofSeconds(1)))).isEqualTo(Duration.ofSeconds(1));
        assertThat(b.delay(1, Optional.of(Duration.ZERO)).toMillis()).isBetween(5L, 10L);
    }
}
