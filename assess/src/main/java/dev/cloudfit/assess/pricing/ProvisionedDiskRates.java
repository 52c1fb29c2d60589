package dev.cloudfit.assess.pricing;

import java.util.Objects;
import java.util.Optional;

/**
 * The unit prices of a Premium SSD v2 or Ultra disk in one region: per provisioned GiB, per provisioned IOPS and
 * per provisioned MB/s, plus Ultra's per-vCPU reservation meter when the price list has it.
 */
public record ProvisionedDiskRates(
        ProvisionedDiskType type,
        Region region,
        UnitRate capacityPerGib,
        UnitRate perIops,
        UnitRate perMbps,
        Optional<UnitRate> perVcpuReservation) {

    public ProvisionedDiskRates {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(capacityPerGib, "capacityPerGib");
        Objects.requireNonNull(perIops, "perIops");
        Objects.requireNonNull(perMbps, "perMbps");
        Objects.requireNonNull(perVcpuReservation, "perVcpuReservation");
    }
}
