package dev.cloudfit.assess.pricing.scenario;

import dev.cloudfit.core.units.Money;
import java.util.List;
import java.util.Objects;

/**
 * One scenario's prices: a line per priced item (VMs may have a compute line and nothing else; an item whose price
 * is missing has a {@link MissingPrice} instead), and totals over the lines. When {@link #missing()} is not empty
 * the totals are incomplete and must be shown as such.
 */
public record ScenarioCost(Scenario scenario, List<CostLine> lines, List<MissingPrice> missing, Money monthlyTotal,
        Money annualTotal) {

    public ScenarioCost {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(monthlyTotal, "monthlyTotal");
        Objects.requireNonNull(annualTotal, "annualTotal");
        lines = List.copyOf(lines);
        missing = List.copyOf(missing);
    }

    /** True when every price was found, so the totals are the whole cost. */
    public boolean complete() {
        return missing.isEmpty();
    }
}
