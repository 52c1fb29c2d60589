package dev.cloudfit.assess.pricing.scenario;

import dev.cloudfit.assess.pricing.ArmSkuName;
import dev.cloudfit.assess.pricing.Region;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A VM to price.
 *
 * @param runningHoursPerMonth hours a month the VM runs, for pay-as-you-go and Dev/Test; empty: the whole month
 *     (the hours-per-month setting). Reservations and savings plans are commitments billed for every hour.
 */
public record VmItem(String id, ArmSkuName size, VmLicence licence, Region region,
        Optional<BigDecimal> runningHoursPerMonth) implements PricedItem {

    public VmItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(runningHoursPerMonth, "runningHoursPerMonth");
        if (runningHoursPerMonth.isPresent() && runningHoursPerMonth.get().signum() < 0) {
            throw new IllegalArgumentException("running hours cannot be negative: " + id);
        }
    }

    /** A VM that runs all month. */
    public static VmItem allMonth(String id, ArmSkuName size, VmLicence licence, Region region) {
        return new VmItem(id, size, licence, region, Optional.empty());
    }
}
