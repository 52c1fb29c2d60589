package dev.cloudfit.assess.pricing.scenario;

import dev.cloudfit.assess.pricing.PricingPlan;
import dev.cloudfit.assess.pricing.Region;
import java.util.Objects;
import java.util.Optional;

/**
 * One column of the comparison: how compute is paid for, whether Azure Hybrid Benefit is used, and optionally
 * another region that every item is priced in instead of its own.
 */
public record Scenario(PricingPlan plan, boolean hybridBenefit, Optional<Region> region) {

    public Scenario {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(region, "region");
    }

    public static Scenario of(PricingPlan plan, boolean hybridBenefit) {
        return new Scenario(plan, hybridBenefit, Optional.empty());
    }

    /** The column title, e.g. {@code RI3Y + AHB}, {@code PAYG @ northeurope}. */
    public String name() {
        return plan.name() + (hybridBenefit ? " + AHB" : "") + region.map(r -> " @ " + r.name()).orElse("");
    }

    /** Where an item is priced in this scenario: the scenario's region, else the item's own. */
    public Region regionFor(PricedItem item) {
        return region.orElse(item.region());
    }
}
