package dev.cloudfit.assess.workspace;

import java.time.Instant;
import java.util.Objects;

/**
 * One collection or import into a workspace. {@code finished} is null while running or when
 * interrupted; {@code covered} is the performance history's time range, null when the run had none
 * (an RVTools import).
 */
public record Run(
        long id,
        RunSource source,
        RunStatus status,
        Instant started,
        Instant finished,
        TimeRange covered,
        RunCounts counts,
        String toolVersion) {

    public Run {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(toolVersion, "toolVersion");
    }
}
