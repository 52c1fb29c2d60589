package dev.cloudfit.assess.pricing.scenario;

import dev.cloudfit.assess.pricing.DiskRedundancy;
import dev.cloudfit.assess.pricing.DiskTier;
import dev.cloudfit.assess.pricing.ProvisionedDiskType;
import dev.cloudfit.core.units.DataSize;
import java.util.Objects;

/** What a managed disk is billed on: a fixed tier, or provisioned capacity, IOPS and throughput. */
public sealed interface DiskSpec permits DiskSpec.Tier, DiskSpec.Provisioned {

    /** A fixed-size tier (P10 LRS, E30 ZRS, S10 LRS...), priced per month. */
    record Tier(DiskTier tier, DiskRedundancy redundancy) implements DiskSpec {
        public Tier {
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(redundancy, "redundancy");
        }
    }

    /**
     * Premium SSD v2 or Ultra, priced per hour from three meters. Capacity is billed in whole GiB (rounded up).
     *
     * @param throughputMBps provisioned throughput in MB/s (10^6 bytes a second), the unit Azure provisions and
     *     bills in, so kept as a whole number rather than a binary-based {@code DataRate}
     */
    record Provisioned(ProvisionedDiskType type, DataSize capacity, long iops, long throughputMBps)
            implements DiskSpec {
        public Provisioned {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(capacity, "capacity");
            if (iops < 0 || throughputMBps < 0) {
                throw new IllegalArgumentException("IOPS and MB/s cannot be negative");
            }
        }
    }
}
