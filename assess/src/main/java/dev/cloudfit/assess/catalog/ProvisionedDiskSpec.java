package dev.cloudfit.assess.catalog;

import dev.cloudfit.assess.pricing.DiskRedundancy;

import dev.cloudfit.core.units.DataRate;

import dev.cloudfit.core.units.DataSize;
import java.util.Objects;
import java.util.Set;

/**
 * The limits of a disk type provisioned by capacity, IOPS and throughput (Premium SSD v2, Ultra Disk),
 * as Microsoft Learn's "managed disk types" page states them. The caps have changed over the years,
 * which is why they are data.
 *
 * @param maxIopsPerGiB      IOPS that can be provisioned per GiB of capacity
 * @param baselineIops       IOPS every disk gets free of charge (Premium SSD v2: 3,000; Ultra: 0)
 * @param baselineThroughput throughput every disk gets free (Premium SSD v2: 125 MB/s; Ultra: none)
 * @param minIops            the smallest IOPS figure that can be provisioned
 * @param throughputPerIops  MB/s that can be provisioned per provisioned IOPS (0.25 for both types)
 * @param osDisk             whether the type can hold an OS disk (neither can, as of the source)
 */
public record ProvisionedDiskSpec(
        DiskType type,
        DataSize minSize,
        DataSize maxSize,
        DataSize sizeIncrement,
        int maxIopsPerGiB,
        int baselineIops,
        int minIops,
        int maxIops,
        DataRate baselineThroughput,
        DataRate minThroughput,
        double throughputPerIops,
        DataRate maxThroughput,
        Set<DiskRedundancy> redundancy,
        boolean osDisk,
        SourceRef source) {

    public ProvisionedDiskSpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        if (type.isTiered()) {
            throw new IllegalArgumentException(type + " is sold in fixed tiers, not provisioned");
        }
        redundancy = Set.copyOf(redundancy);
    }

    /** The most IOPS a disk of this capacity can be given: per-GiB rate, not below the baseline, capped. */
    public int maxIopsFor(DataSize capacity) {
        double byCapacity = Math.floor(capacity.toGibibytes()) * maxIopsPerGiB;
        return (int) Math.min(maxIops, Math.max(baselineIops, byCapacity));
    }

    /** The most throughput a disk provisioned with these IOPS can be given: per-IOPS rate, not below the baseline, capped. */
    public DataRate maxThroughputFor(int provisionedIops) {
        double mbps = Math.max(baselineThroughput.toMegabytesPerSecond(), provisionedIops * throughputPerIops);
        return DataRate.ofMegabytesPerSecond(Math.min(maxThroughput.toMegabytesPerSecond(), mbps));
    }
}
