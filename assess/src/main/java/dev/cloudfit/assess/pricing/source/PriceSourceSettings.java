package dev.cloudfit.assess.pricing.source;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How prices are found for a run.
 *
 * @param workspace the workspace folder whose {@code prices/} caches are searched; empty: embedded only
 * @param staleAfter a source older than this gives a warning line (default 30 days: retail prices change about
 *     monthly)
 */
public record PriceSourceSettings(Optional<Path> workspace, Duration staleAfter) {

    public static final Duration DEFAULT_STALE_AFTER = Duration.ofDays(30);

    public PriceSourceSettings {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(staleAfter, "staleAfter");
        if (staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("staleAfter must be positive");
        }
    }

    public static PriceSourceSettings defaults() {
        return new PriceSourceSettings(Optional.empty(), DEFAULT_STALE_AFTER);
    }

    public PriceSourceSettings withWorkspace(Path dir) {
        return new PriceSourceSettings(Optional.of(dir), staleAfter);
    }

    /** (name, value, description) rows for the report's Assumptions sheet. */
    public List<List<String>> rows() {
        return List.of(
                List.of("prices.workspace", workspace.map(Path::toString).orElse("(none)"),
                        "workspace whose prices/ caches are used before the embedded snapshot"),
                List.of("prices.staleAfterDays", Long.toString(staleAfter.toDays()),
                        "a price source older than this many days is reported with a warning"));
    }
}
