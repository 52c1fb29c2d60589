package dev.cloudfit.assess.pricing.scenario;

import dev.cloudfit.assess.pricing.ArmSkuName;
import dev.cloudfit.assess.pricing.Region;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A VM to price.
 *
 * @param runningHoursPerMonth hours a month the VM runs, for pay-as-you-go, Dev/Test and licence meters; empty:
 *     the whole month (the hours-per-month setting). Reservations and savings plans are commitments billed for
 *     every hour.
 * @param vcpus the size's vCPU count, which chooses the RHEL/SLES licence meter; 0 when unknown (the licence is
 *     then missing)
 */
public record VmItem(String id, ArmSkuName size, VmLicence licence, Region region,
        Optional<BigDecimal> runningHoursPerMonth, int vcpus) implements PricedItem {

    public VmItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(runningHoursPerMonth, "runningHoursPerMonth");
        if (runningHoursPerMonth.isPresent() && runningHoursPerMonth.get().signum() < 0) {
            throw new IllegalArgumentException("running hours cannot be negative: " + id);
        }
        if (vcpus < 0) {
            throw new IllegalArgumentException("vCPUs cannot be negative: " + id);
        }
    }

    /** A VM whose size's vCPU count is not known (RHEL/SLES licences are then missing). */
    public VmItem(String id, ArmSkuName size, VmLicence licence, Region region,
            Optional<BigDecimal> runningHoursPerMonth) {
        this(id, size, licence, region, runningHoursPerMonth, 0);
    }

    /** A VM that runs all month. */
    public static VmItem allMonth(String id, ArmSkuName size, VmLicence licence, Region region) {
        return new VmItem(id, size, licence, region, Optional.empty(), 0);
    }

    /** A VM of {@code vcpus} vCPUs that runs all month. */
    public static VmItem allMonth(String id, ArmSkuName size, int vcpus, VmLicence licence, Region region) {
        return new VmItem(id, size, licence, region, Optional.empty(), vcpus);
    }
}
