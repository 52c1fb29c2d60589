package dev.cloudfit.assess.sizing.disk;

import dev.cloudfit.core.units.DataRate;
import dev.cloudfit.assess.catalog.DiskType;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.core.units.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * The managed disk chosen for one source disk: type, tier ("P15", or "PremiumV2"/"Ultra" for
 * provisioned types), billed size, IOPS and MB/s it gives, its monthly price when known, and what
 * drove the choice.
 */
public record DiskChoice(
        String label,
        boolean osDisk,
        DiskType type,
        String tier,
        DataSize size,
        int iops,
        DataRate throughput,
        Optional<Money> monthly,
        DiskDriver driver) {

    public DiskChoice {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(throughput, "throughput");
        Objects.requireNonNull(monthly, "monthly");
        Objects.requireNonNull(driver, "driver");
    }

    /** Premium SSD, Premium SSD v2 and Ultra need a VM size with premium storage support. */
    public boolean needsPremiumStorage() {
        return type == DiskType.PREMIUM_SSD || type == DiskType.PREMIUM_SSD_V2 || type == DiskType.ULTRA;
    }
}
