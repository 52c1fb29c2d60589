package dev.cloudfit.assess.workspace.perf;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a workspace already holds for one VM, counter and interval: the first and last point and
 * how many distinct timestamps (over all instances) lie between.
 */
public record Coverage(String vmKey, String counter, Duration interval, Instant first, Instant last,
        long points) {

    public Coverage {
        Objects.requireNonNull(vmKey, "vmKey");
        Objects.requireNonNull(counter, "counter");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
    }
}
