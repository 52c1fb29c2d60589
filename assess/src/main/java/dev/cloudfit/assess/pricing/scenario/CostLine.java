package dev.cloudfit.assess.pricing.scenario;

import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.core.units.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * The cost of one item in one scenario, at full precision (round with {@link Money#rounded()} for display).
 *
 * @param basis how the figure was made, for the report: the price row used and the arithmetic, e.g.
 *     {@code Linux RI1Y 0.0874 USD/h (reservation total / 8,760 h) × 730 h}
 * @param perRunningHour the hourly list rate when the line is billed per running hour (pay-as-you-go and Dev/Test
 *     compute, licence meters): monthly = rate × running hours × discount factor; empty for commitments billed
 *     every hour of the month and for monthly-billed disks
 */
public record CostLine(String itemId, CostCategory category, Region region, Money monthly, Money annual,
        String basis, Optional<Money> perRunningHour) {

    public CostLine {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(monthly, "monthly");
        Objects.requireNonNull(annual, "annual");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(perRunningHour, "perRunningHour");
    }
}
