package dev.cloudfit.reports.model;

import dev.cloudfit.core.units.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * One VM's monthly cost (VM size plus its managed disks) in one region under one scenario; when there is no
 * figure, {@code missing} says why ("not offered in northeurope", "no PAYG price in northeurope"), never a 0.
 */
public record RegionCost(String region, String scenario, Optional<Money> monthly, String missing) {

    public RegionCost {
        region = Text.required(region, "region");
        scenario = Text.required(scenario, "scenario");
        Objects.requireNonNull(monthly, "monthly");
        missing = Text.orEmpty(missing);
        if (monthly.isEmpty() && missing.isEmpty()) {
            throw new IllegalArgumentException("a missing cost needs a reason: " + region + " " + scenario);
        }
    }
}
