package dev.cloudfit.assess.report;

import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.pricing.ArmSkuName;
import dev.cloudfit.assess.pricing.PriceBook;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.scenario.CostCalculator;
import dev.cloudfit.assess.pricing.scenario.CostLine;
import dev.cloudfit.assess.pricing.scenario.MissingPrice;
import dev.cloudfit.assess.pricing.scenario.Scenario;
import dev.cloudfit.assess.pricing.scenario.ScenarioCost;
import dev.cloudfit.assess.pricing.scenario.ScenarioSet;
import dev.cloudfit.assess.pricing.scenario.ScenarioSettings;
import dev.cloudfit.assess.pricing.scenario.VmItem;
import dev.cloudfit.assess.pricing.scenario.VmLicence;
import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The monthly compute cost of each placed VM under the other price plans (reservations, savings
 * plans, Azure Hybrid Benefit, Dev/Test), from the resolved price book. A VM whose price is not in
 * the book has no figure in that scenario: missing stays missing.
 */
record ScenarioCosts(List<Scenario> scenarios, Map<String, Map<String, Optional<Money>>> computeByVm) {

    ScenarioCosts {
        scenarios = List.copyOf(scenarios);
        computeByVm = Map.copyOf(computeByVm);
    }

    /** The compute cost of a VM in a scenario; empty when unpriced or not in this table. */
    Optional<Money> compute(String vmKey, String scenario) {
        return computeByVm.getOrDefault(vmKey, Map.of()).getOrDefault(scenario, Optional.empty());
    }

    /** {@code sizes}: VM key to Azure size of every placed VM; {@code skip}: the scenario priced by sizing. */
    static ScenarioCosts price(PriceBook book, Currency currency, BigDecimal hours, String region,
            Map<String, String> sizes, Map<String, Vm> vms, String skip) {
        List<VmItem> items = new ArrayList<>();
        sizes.forEach((key, size) -> {
            Vm vm = vms.get(key);
            VmLicence licence = vm == null || vm.guestOs() == null ? VmLicence.LINUX
                    : VmLicence.of(vm.guestOs()).orElse(VmLicence.LINUX);
            items.add(VmItem.allMonth(key, ArmSkuName.of(size), licence, Region.of(region)));
        });
        ScenarioSettings settings = ScenarioSettings.defaults().withCurrency(currency).withHoursPerMonth(hours);
        CostCalculator calc = new CostCalculator(book, settings);
        List<Scenario> kept = new ArrayList<>();
        Map<String, Map<String, Optional<Money>>> byVm = new HashMap<>();
        for (Scenario s : ScenarioSet.from(settings).scenarios()) {
            if (s.name().equals(skip)) {
                continue;
            }
            kept.add(s);
            ScenarioCost cost = calc.price(items, s);
            Set<String> missing = new HashSet<>();
            for (MissingPrice m : cost.missing()) {
                missing.add(m.itemId());
            }
            Map<String, Money> compute = new HashMap<>();
            for (CostLine l : cost.lines()) {
                compute.merge(l.itemId(), l.monthly(), Money::plus);
            }
            for (VmItem i : items) {
                Optional<Money> m = missing.contains(i.id()) ? Optional.empty() : Optional.ofNullable(compute.get(i.id()));
                byVm.computeIfAbsent(i.id(), k -> new LinkedHashMap<>()).put(s.name(), m);
            }
        }
        return new ScenarioCosts(kept, byVm);
    }
}
