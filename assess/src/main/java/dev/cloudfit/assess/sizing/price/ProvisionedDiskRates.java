package dev.cloudfit.assess.sizing.price;

import dev.cloudfit.core.units.Money;

import java.util.Objects;

/**
 * Hourly meters of a provisioned-performance disk (Premium SSD v2, Ultra): per GiB, per IOPS and per
 * MB/s. {@code freeIops} and {@code freeMbps} are the baseline included at no charge (3,000 and 125 for
 * Premium SSD v2, 0 for Ultra).
 */
public record ProvisionedDiskRates(Money perGibHour, Money perIopsHour, Money perMbpsHour, int freeIops, int freeMbps) {

    public ProvisionedDiskRates {
        Objects.requireNonNull(perGibHour, "perGibHour");
        Objects.requireNonNull(perIopsHour, "perIopsHour");
        Objects.requireNonNull(perMbpsHour, "perMbpsHour");
        if (freeIops < 0 || freeMbps < 0) {
            throw new IllegalArgumentException("free allowances cannot be negative");
        }
    }
}
