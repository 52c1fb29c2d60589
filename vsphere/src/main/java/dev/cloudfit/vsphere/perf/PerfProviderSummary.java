package dev.cloudfit.vsphere.perf;

import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What statistics an entity offers ({@code QueryPerfProviderSummary}): realtime ("current") samples
 * every {@code refreshRate} (20 s for VMs and hosts), historical ("summary") rollups, or both.
 *
 * @param entity the entity asked about
 * @param currentSupported whether it has realtime statistics
 * @param summarySupported whether it has historical statistics
 * @param refreshRate the realtime sampling period; empty when it has no realtime statistics (wire value -1)
 */
public record PerfProviderSummary(ManagedObjectReference entity, boolean currentSupported, boolean summarySupported,
                                  Optional<Duration> refreshRate) {

    public PerfProviderSummary {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(refreshRate, "refreshRate");
    }
}
