package dev.cloudfit.reports.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One VM on the Regions sheet: the size chosen for the primary region and its cost in every compared region. */
public record RegionVm(VmIdentity id, String size, List<RegionCost> costs) {

    public RegionVm {
        Objects.requireNonNull(id, "id");
        size = Text.required(size, "size");
        costs = List.copyOf(costs);
    }

    /** The cost in a region and scenario; empty when this row has no such column. */
    public Optional<RegionCost> cost(String region, String scenario) {
        return costs.stream().filter(c -> c.region().equals(region) && c.scenario().equals(scenario)).findFirst();
    }
}
