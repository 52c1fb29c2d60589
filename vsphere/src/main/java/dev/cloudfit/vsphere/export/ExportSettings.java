package dev.cloudfit.vsphere.export;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How an export treats its lease.
 *
 * @param readyTimeout how long to wait for the lease to leave {@code initializing}
 * @param keepAlive the interval between {@code HttpNfcLeaseProgress} calls; empty: a quarter of the lease's
 *        timeout, at most 30 s (govc sends one every 2 s; vCenter's lease timeout is minutes)
 */
public record ExportSettings(Duration readyTimeout, Optional<Duration> keepAlive) {

    /** The longest interval between keep-alive calls chosen by default. */
    public static final Duration LONGEST_KEEP_ALIVE = Duration.ofSeconds(30);

    public ExportSettings {
        Objects.requireNonNull(readyTimeout, "readyTimeout");
        Objects.requireNonNull(keepAlive, "keepAlive");
        keepAlive.ifPresent(d -> {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("keepAlive must be positive");
            }
        });
    }

    /** @return 5 minutes to become ready; keep-alive from the lease's timeout */
    public static ExportSettings defaults() {
        return new ExportSettings(Duration.ofMinutes(5), Optional.empty());
    }

    /** @return these settings with a fixed keep-alive interval */
    public ExportSettings withKeepAlive(Duration interval) {
        return new ExportSettings(readyTimeout, Optional.of(interval));
    }

    /** @return the interval for a lease that times out after {@code leaseTimeout} */
    public Duration keepAliveFor(Duration leaseTimeout) {
        return keepAlive.orElseGet(() -> {
            Duration quarter = leaseTimeout.dividedBy(4);
            if (quarter.compareTo(LONGEST_KEEP_ALIVE) > 0) {
                return LONGEST_KEEP_ALIVE;
            }
            return quarter.isZero() ? Duration.ofMillis(100) : quarter;
        });
    }
}
