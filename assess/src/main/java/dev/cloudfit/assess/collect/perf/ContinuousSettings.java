package dev.cloudfit.assess.collect.perf;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link ContinuousCollector} polls.
 *
 * @param pollEvery time between polls: 5 minutes by default, well inside the hour for which
 *                  ESXi keeps realtime samples
 * @param realtimeWindow how far back realtime samples reach (1 hour on vCenter); the first poll and a
 *                       resume after a long stop start there
 * @param bucket the peak window: 10 minutes, the rule Azure Migrate's appliance uses
 * @param parallelism VMs queried at once
 */
public record ContinuousSettings(Duration pollEvery, Duration realtimeWindow, Duration bucket, int parallelism) {

    public static final Duration DEFAULT_POLL = Duration.ofMinutes(5);
    public static final Duration REALTIME_WINDOW = Duration.ofHours(1);
    public static final Duration PEAK_BUCKET = Duration.ofMinutes(10);

    public ContinuousSettings {
        Objects.requireNonNull(pollEvery, "pollEvery");
        Objects.requireNonNull(realtimeWindow, "realtimeWindow");
        Objects.requireNonNull(bucket, "bucket");
        if (pollEvery.isNegative() || pollEvery.isZero()) {
            throw new IllegalArgumentException("pollEvery must be positive");
        }
        if (bucket.toSeconds() < 20 || bucket.toSeconds() % 20 != 0) {
            throw new IllegalArgumentException("the peak bucket must be a whole number of 20 s samples: " + bucket);
        }
        if (realtimeWindow.compareTo(bucket) < 0) {
            throw new IllegalArgumentException("the realtime window must hold at least one bucket");
        }
        if (parallelism < 1 || parallelism > 64) {
            throw new IllegalArgumentException("parallelism must be 1..64: " + parallelism);
        }
    }

    public static ContinuousSettings defaults() {
        return new ContinuousSettings(DEFAULT_POLL, REALTIME_WINDOW, PEAK_BUCKET, PerfCollectSettings.DEFAULT_PARALLELISM);
    }

    public ContinuousSettings withPollEvery(Duration d) {
        return new ContinuousSettings(d, realtimeWindow, bucket, parallelism);
    }
}
