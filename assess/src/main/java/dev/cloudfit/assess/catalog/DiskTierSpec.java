package dev.cloudfit.assess.catalog;

import dev.cloudfit.assess.pricing.DiskRedundancy;

import dev.cloudfit.core.units.DataRate;

import dev.cloudfit.core.units.DataSize;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One fixed-size managed-disk tier (S4..S80, E1..E80, P1..P80). A disk is billed and performs as the
 * smallest tier whose size is at least the provisioned size.
 *
 * @param baseIops       provisioned IOPS ("up to" for Standard tiers)
 * @param baseThroughput provisioned throughput ("up to" for Standard tiers)
 * @param burstIops      maximum burst IOPS where the documentation lists one
 * @param burstModel     how the burst is obtained, present when a burst is listed
 * @param osDisk         whether the tier can hold an OS disk
 */
public record DiskTierSpec(
        String name,
        DiskType type,
        DataSize size,
        int baseIops,
        DataRate baseThroughput,
        OptionalInt burstIops,
        Optional<DataRate> burstThroughput,
        Optional<BurstModel> burstModel,
        Set<DiskRedundancy> redundancy,
        boolean osDisk,
        SourceRef source) {

    public DiskTierSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(baseThroughput, "baseThroughput");
        Objects.requireNonNull(source, "source");
        if (!type.isTiered()) {
            throw new IllegalArgumentException(name + ": " + type + " has no fixed tiers");
        }
        redundancy = Set.copyOf(redundancy);
    }

    /** True when a disk of this size fits in the tier. */
    public boolean holds(DataSize provisioned) {
        return provisioned.compareTo(size) <= 0;
    }
}
