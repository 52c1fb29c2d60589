package dev.cloudfit.assess.perf;

import dev.cloudfit.core.units.DataRate;
import dev.cloudfit.core.units.Percentage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One utilisation figure per metric for one server, with no time series behind it: what an Azure
 * Migrate CSV import gives. Azure Migrate uses such figures as they are (no percentile, no
 * history, no confidence rating); so should sizing, and the report should say the data is a
 * single point from {@code source}. Every figure is absent when the source leaves it blank.
 *
 * @param source where the figures come from, e.g. {@code azure-migrate-csv}
 * @param cpu CPU utilisation of the allocated cores
 * @param memory memory utilisation of the allocated memory
 * @param disks per-disk throughput and operations, in the source's disk order
 * @param allDisks totals over all disks when the source gives them separately (else empty)
 * @param networkIn received, all adapters together
 * @param networkOut sent, all adapters together
 */
public record UtilizationSnapshot(
        String source,
        Optional<Percentage> cpu,
        Optional<Percentage> memory,
        List<DiskIo> disks,
        DiskIo allDisks,
        Optional<DataRate> networkIn,
        Optional<DataRate> networkOut) {

    public UtilizationSnapshot {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cpu, "cpu");
        Objects.requireNonNull(memory, "memory");
        disks = List.copyOf(disks);
        Objects.requireNonNull(allDisks, "allDisks");
        Objects.requireNonNull(networkIn, "networkIn");
        Objects.requireNonNull(networkOut, "networkOut");
    }

    /** True when not a single figure is known, so the server needs "as on-premises" sizing. */
    public boolean isEmpty() {
        return cpu.isEmpty() && memory.isEmpty() && disks.stream().allMatch(DiskIo::isEmpty)
                && allDisks.isEmpty() && networkIn.isEmpty() && networkOut.isEmpty();
    }
}
