package dev.cloudfit.assess.sizing.disk;

import dev.cloudfit.assess.catalog.ProvisionedDiskSpec;
import dev.cloudfit.core.units.DataSize;

/**
 * The smallest Premium SSD v2 or Ultra configuration for a need: capacity rounded up to the size
 * increment (at least the minimum), IOPS at least the baseline/minimum and the need, MB/s at least the
 * baseline/minimum and the need; IOPS raised when MB/s needs more IOPS (MB/s per IOPS limit); capacity
 * raised when the IOPS need more GiB (IOPS per GiB limit).
 */
final class ProvisionedDisks {

    private ProvisionedDisks() {
    }

    record Config(DataSize size, int iops, double mbps, boolean holdsCapacity, boolean meetsIops, boolean fits) {
    }

    static Config configure(ProvisionedDiskSpec spec, DataSize capacity, double needIops, double needMbps) {
        double incrementGib = spec.sizeIncrement().toGibibytes();
        double gib = Math.max(spec.minSize().toGibibytes(), Math.ceil(capacity.toGibibytes() / incrementGib) * incrementGib);
        boolean holds = gib <= spec.maxSize().toGibibytes();
        double mbps = Math.max(Math.max(spec.baselineThroughput().toMegabytesPerSecond(),
                spec.minThroughput().toMegabytesPerSecond()), Math.ceil(needMbps));
        long iops = (long) Math.max(Math.max(spec.baselineIops(), spec.minIops()), Math.ceil(needIops));
        if (mbps > Math.max(spec.baselineThroughput().toMegabytesPerSecond(), iops * spec.throughputPerIops())) {
            iops = Math.max(iops, (long) Math.ceil(mbps / spec.throughputPerIops()));
        }
        boolean meetsIops = iops <= spec.maxIops();
        if (iops > Math.max(spec.baselineIops(), (long) Math.floor(gib) * spec.maxIopsPerGiB())) {
            gib = Math.max(gib, Math.ceil((double) iops / spec.maxIopsPerGiB() / incrementGib) * incrementGib);
        }
        boolean fits = holds && meetsIops && gib <= spec.maxSize().toGibibytes()
                && mbps <= spec.maxThroughput().toMegabytesPerSecond();
        return new Config(DataSize.ofGibibytes(gib), (int) Math.min(Integer.MAX_VALUE, iops), mbps, holds, meetsIops, fits);
    }
}
