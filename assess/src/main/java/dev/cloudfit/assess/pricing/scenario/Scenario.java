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

    /**
     * The scenario's stable name, e.g. {@code RI3Y + AHB}, {@code PAYG @ northeurope}, {@code DEV_TEST}: a key in the
     * JSON output and for tooling; the workbook shows {@code DEV_TEST} as {@code Dev/Test} (reports' ScenarioTitles).
     */
    public String name() {
        return plan.name() + (hybridBenefit ? " + AHB" : "") + region.map(r -> " @ " + r.name()).orElse("");
    }

    /** The scenario in words, e.g. {@code 3-year reservation with Azure Hybrid Benefit}. */
    public String words() {
        return plan.words() + (hybridBenefit ? " with Azure Hybrid Benefit" : "")
                + region.map(r -> ", priced in " + r.name()).orElse("");
    }

    /** Where an item is priced in this scenario: the scenario's region, else the item's own. */
    public Region regionFor(PricedItem item) {
        return region.orElse(item.region());
    }
}
