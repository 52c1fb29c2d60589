package dev.cloudfit.assess.sizing.disk;

import dev.cloudfit.assess.sizing.readiness.Finding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A disk's choice (empty when nothing fits) and the findings made on the way. */
public record DiskOutcome(Optional<DiskChoice> choice, List<Finding> findings) {

    public DiskOutcome {
        Objects.requireNonNull(choice, "choice");
        findings = List.copyOf(findings);
    }
}
