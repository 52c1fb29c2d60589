package dev.cloudfit.reports.model;

import dev.cloudfit.core.units.Money;
import java.util.Objects;

/**
 * One way to place the estate: all on IaaS, all on AVS, or the cheapest mix, with how many VMs
 * land where and the monthly cost in the reference scenario.
 */
public record FitOption(String name, long iaasVms, long avsVms, long notPlacedVms, Money monthly) {

    public FitOption {
        name = Text.required(name, "name");
        if (iaasVms < 0 || avsVms < 0 || notPlacedVms < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        Objects.requireNonNull(monthly, "monthly");
    }
}
