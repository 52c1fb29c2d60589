package dev.cloudfit.assess.report;

import dev.cloudfit.assess.pricing.scenario.CostCalculator;
import dev.cloudfit.assess.pricing.scenario.Scenario;
import dev.cloudfit.assess.pricing.scenario.ScenarioCost;
import dev.cloudfit.assess.pricing.scenario.VmItem;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The compute (and RHEL/SLES licence) cost of each placed VM under every scenario, reference scenario
 * included, from the one pricing engine. A VM whose price is not in the book has no line in that
 * scenario, only the missing prices and why: missing stays missing.
 */
record ScenarioCosts(List<Scenario> scenarios, Map<String, Map<Scenario, ScenarioCost>> byVm) {

    ScenarioCosts {
        scenarios = List.copyOf(scenarios);
        byVm = Map.copyOf(byVm);
    }

    /** The VM's lines or missing prices in a scenario; empty when the VM is not in this table (not on IaaS). */
    Optional<ScenarioCost> cost(String vmKey, Scenario scenario) {
        return Optional.ofNullable(byVm.getOrDefault(vmKey, Map.of()).get(scenario));
    }

    static ScenarioCosts price(CostCalculator engine, List<Scenario> scenarios, List<VmItem> items) {
        Map<String, Map<Scenario, ScenarioCost>> byVm = new HashMap<>();
        for (VmItem item : items) {
            Map<Scenario, ScenarioCost> costs = new LinkedHashMap<>();
            for (Scenario s : scenarios) {
                costs.put(s, engine.priceVm(item, s));
            }
            byVm.put(item.id(), costs);
        }
        return new ScenarioCosts(scenarios, byVm);
    }
}
