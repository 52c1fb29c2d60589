package dev.cloudfit.assess.collect.perf;

import java.time.Duration;
import java.util.Set;

/**
 * How a history collection runs.
 *
 * @param days how far back to read (1..365)
 * @param parallelism VMs queried at once (vCenter serves a few concurrent queries well; default 4)
 * @param onlyIntervals sampling periods to keep (e.g. 2 h only for a benchmark); empty for all needed
 */
public record PerfCollectSettings(int days, int parallelism, Set<Duration> onlyIntervals) {

    public static final int DEFAULT_DAYS = 30;
    public static final int DEFAULT_PARALLELISM = 4;

    public PerfCollectSettings {
        if (days < 1 || days > 365) {
            throw new IllegalArgumentException("days must be 1..365: " + days);
        }
        if (parallelism < 1 || parallelism > 64) {
            throw new IllegalArgumentException("parallelism must be 1..64: " + parallelism);
        }
        onlyIntervals = Set.copyOf(onlyIntervals);
    }

    public static PerfCollectSettings defaults() {
        return new PerfCollectSettings(DEFAULT_DAYS, DEFAULT_PARALLELISM, Set.of());
    }

    public PerfCollectSettings withDays(int d) {
        return new PerfCollectSettings(d, parallelism, onlyIntervals);
    }

    public PerfCollectSettings withParallelism(int p) {
        return new PerfCollectSettings(days, p, onlyIntervals);
    }

    public PerfCollectSettings withOnlyIntervals(Set<Duration> periods) {
        return new PerfCollectSettings(days, parallelism, periods);
    }
}
