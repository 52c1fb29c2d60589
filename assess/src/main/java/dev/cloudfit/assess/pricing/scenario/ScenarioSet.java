package dev.cloudfit.assess.pricing.scenario;

import dev.cloudfit.assess.pricing.PricingPlan;
import dev.cloudfit.assess.pricing.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scenarios priced side by side in one run. From settings: for the items' own regions, then for each
 * comparison region, every plan without Azure Hybrid Benefit and (when asked) with it. Dev/Test gets no AHB
 * variant: its Windows rows are already priced without the licence.
 */
public record ScenarioSet(List<Scenario> scenarios) {

    public ScenarioSet {
        scenarios = List.copyOf(scenarios);
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("at least one scenario");
        }
    }

    public static ScenarioSet from(ScenarioSettings settings) {
        List<Optional<Region>> regions = new ArrayList<>();
        regions.add(Optional.empty());
        settings.compareRegions().forEach(r -> regions.add(Optional.of(r)));
        List<Scenario> scenarios = new ArrayList<>();
        for (Optional<Region> region : regions) {
            for (PricingPlan plan : settings.plans()) {
                scenarios.add(new Scenario(plan, false, region));
                if (settings.hybridBenefitVariants() && plan != PricingPlan.DEV_TEST) {
                    scenarios.add(new Scenario(plan, true, region));
                }
            }
        }
        return new ScenarioSet(scenarios);
    }
}
