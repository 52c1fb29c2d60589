package dev.cloudfit.assess.sizing.disk;

import dev.cloudfit.core.units.DataSize;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What one disk needs in Azure: its provisioned capacity and, when measured, (read + write) IOPS and
 * MB/s already multiplied by the comfort factor. Empty performance means "not measured", not zero.
 */
public record DiskNeed(String label, DataSize capacity, boolean osDisk, OptionalDouble iops, OptionalDouble mbps) {

    public DiskNeed {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(iops, "iops");
        Objects.requireNonNull(mbps, "mbps");
    }

    public boolean measured() {
        return iops.isPresent() || mbps.isPresent();
    }
}
