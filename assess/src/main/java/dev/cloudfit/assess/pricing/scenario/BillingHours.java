package dev.cloudfit.assess.pricing.scenario;

import dev.cloudfit.assess.pricing.PricingPlan;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * How many hours of a month Azure bills a VM's compute for: reservations and savings plans are commitments billed
 * for every hour of the month whether the VM runs or not; pay-as-you-go and Dev/Test for the hours it runs.
 * Software licence meters (RHEL, SLES) are billed per running hour in every plan.
 */
public final class BillingHours {

    private BillingHours() {
    }

    /** True for reservations and savings plans. */
    public static boolean committed(PricingPlan plan) {
        return plan != PricingPlan.PAYG && plan != PricingPlan.DEV_TEST;
    }

    /** The billed compute hours: the whole month when committed, else the running hours (default: the month). */
    public static BigDecimal compute(PricingPlan plan, Optional<BigDecimal> runningHours, BigDecimal month) {
        return committed(plan) ? month : running(runningHours, month);
    }

    /** The hours a VM runs: given, or the whole month. */
    public static BigDecimal running(Optional<BigDecimal> runningHours, BigDecimal month) {
        return runningHours.orElse(month);
    }
}
