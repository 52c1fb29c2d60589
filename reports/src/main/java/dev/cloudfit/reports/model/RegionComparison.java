package dev.cloudfit.reports.model;

import java.util.List;
import java.util.Optional;

/**
 * The same sizing priced in other regions ({@code assess --compare-regions}): the VMs placed on IaaS, each with
 * the size chosen for the primary region (first in {@code regions}), priced in every region under each of
 * {@code scenarios}, and the totals per region and scenario.
 */
public record RegionComparison(List<String> regions, List<String> scenarios, List<RegionVm> vms,
        List<RegionTotal> totals) {

    public RegionComparison {
        regions = List.copyOf(regions);
        scenarios = List.copyOf(scenarios);
        vms = List.copyOf(vms);
        totals = List.copyOf(totals);
        if (regions.size() < 2 || scenarios.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs the primary region, another and a scenario");
        }
    }

    public Optional<RegionTotal> total(String region, String scenario) {
        return totals.stream().filter(t -> t.region().equals(region) && t.scenario().equals(scenario)).findFirst();
    }
}
