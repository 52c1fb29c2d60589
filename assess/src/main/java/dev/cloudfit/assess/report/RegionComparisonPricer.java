package dev.cloudfit.assess.report;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.catalog.VmSizeName;
import dev.cloudfit.assess.catalog.VmSizeSpec;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.pricing.ArmSkuName;
import dev.cloudfit.assess.pricing.DiskRedundancy;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.scenario.CostCalculator;
import dev.cloudfit.assess.pricing.scenario.DiskItem;
import dev.cloudfit.assess.pricing.scenario.Scenario;
import dev.cloudfit.assess.pricing.scenario.ScenarioCost;
import dev.cloudfit.assess.pricing.scenario.VmItem;
import dev.cloudfit.assess.pricing.sizing.PriceBookPriceSource;
import dev.cloudfit.assess.sizing.disk.DiskChoice;
import dev.cloudfit.assess.sizing.fit.FitDecision;
import dev.cloudfit.assess.sizing.iaas.ChosenSize;
import dev.cloudfit.assess.sizing.price.PriceOs;
import dev.cloudfit.core.units.Money;
import dev.cloudfit.reports.model.PriceCoverage;
import dev.cloudfit.reports.model.RegionComparison;
import dev.cloudfit.reports.model.RegionCost;
import dev.cloudfit.reports.model.RegionTotal;
import dev.cloudfit.reports.model.RegionVm;
import dev.cloudfit.reports.model.ScenarioRow;
import dev.cloudfit.reports.model.VmRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code --compare-regions}: the sizes chosen for the primary region, with the same managed disks, priced in
 * other regions by the one pricing engine ({@link CostCalculator}, a scenario with a region). The primary region's
 * figures are the VMs sheet's. Compared scenarios: PAYG, the reference scenario and the cheapest scenario whose
 * primary-region total is complete. A size the catalog knows is not offered in a region, or a price the book does
 * not hold there, is a missing figure with its reason, never 0; a region's total covers the VMs it could price
 * and says how many.
 */
final class RegionComparisonPricer {

    private final CostCalculator engine;
    private final java.util.Currency currency;
    private final AzureCatalog catalog;
    private final DiskRedundancy redundancy;

    RegionComparisonPricer(CostCalculator engine, java.util.Currency currency, AzureCatalog catalog,
            DiskRedundancy redundancy) {
        this.engine = engine;
        this.currency = currency;
        this.catalog = catalog;
        this.redundancy = redundancy;
    }

    /** The scenarios compared: PAYG, the reference and the cheapest complete one, each once, in that order. */
    static List<Scenario> compared(Scenario reference, List<Scenario> all, List<ScenarioRow> rows,
            dev.cloudfit.reports.model.FinanceInputs finance) {
        Set<Scenario> out = new LinkedHashSet<>();
        out.add(Scenario.of(dev.cloudfit.assess.pricing.PricingPlan.PAYG, false));
        out.add(reference);
        Map<String, Scenario> byName = new HashMap<>();
        all.forEach(s -> byName.put(s.name(), s));
        rows.stream().filter(r -> r.coverage() == PriceCoverage.COMPLETE && r.pricedVms() > 0)
                .min(Comparator.comparing(r -> r.monthly(finance).amount()))
                .map(r -> byName.get(r.name())).ifPresent(out::add);
        return List.copyOf(out);
    }

    RegionComparison compare(Region primary, List<Region> others, List<Scenario> scenarios,
            List<FitDecision> decisions, Map<String, Vm> byKey, Map<String, VmRow> rows, BigDecimal runningHours) {
        List<String> regionNames = new ArrayList<>();
        regionNames.add(primary.name());
        others.forEach(r -> regionNames.add(r.name()));
        List<RegionVm> vms = new ArrayList<>();
        for (FitDecision d : decisions) {
            Vm vm = byKey.get(d.vmKey());
            VmRow row = rows.get(d.vmKey());
            if (vm == null || row == null || !d.iaasPlaceable()) {
                continue;
            }
            ChosenSize size = d.iaas().size().orElseThrow();
            List<RegionCost> costs = new ArrayList<>();
            for (Scenario s : scenarios) {
                costs.add(new RegionCost(primary.name(), s.name(), row.costIn(s.name()), row.costIn(s.name())
                        .isPresent() ? "" : "no " + s.name() + " price in " + primary.name() + " (see the VMs sheet)"));
                for (Region r : others) {
                    costs.add(cost(d, vm, size, r, s, runningHours, primary));
                }
            }
            vms.add(new RegionVm(row.id(), size.name().value(), costs));
        }
        List<RegionTotal> totals = new ArrayList<>();
        for (Scenario s : scenarios) {
            for (String region : regionNames) {
                Money sum = Money.zero(currency);
                long priced = 0;
                for (RegionVm v : vms) {
                    Optional<Money> m = v.cost(region, s.name()).flatMap(RegionCost::monthly);
                    if (m.isPresent()) {
                        sum = sum.plus(m.get());
                        priced++;
                    }
                }
                totals.add(new RegionTotal(region, s.name(), sum, priced, vms.size()));
            }
        }
        return new RegionComparison(regionNames, scenarios.stream().map(Scenario::name).toList(), vms, totals);
    }

    private RegionCost cost(FitDecision d, Vm vm, ChosenSize size, Region region, Scenario s, BigDecimal hours,
            Region primary) {
        Optional<VmSizeSpec> spec = catalog.vmSize(VmSizeName.of(size.name().value()));
        dev.cloudfit.assess.catalog.Region catalogRegion = dev.cloudfit.assess.catalog.Region.of(region.name());
        if (spec.isPresent() && spec.get().regions().isPresent() && !spec.get().isKnownAvailableIn(catalogRegion)) {
            return new RegionCost(region.name(), s.name(), Optional.empty(), size.name().value() + " not offered in "
                    + region.name());
        }
        Scenario there = new Scenario(s.plan(), s.hybridBenefit(), Optional.of(region));
        VmItem item = new VmItem(d.vmKey(), ArmSkuName.of(size.name().value()), PriceOs.of(vm.guestOs()).licence(),
                primary, Optional.of(hours), size.vcpus());
        ScenarioCost compute = engine.priceVm(item, there);
        if (!compute.complete()) {
            return new RegionCost(region.name(), s.name(), Optional.empty(), "no " + s.name() + " price in "
                    + region.name() + " for " + size.name().value() + " (" + compute.missing().get(0).reason() + ")");
        }
        List<DiskItem> disks = new ArrayList<>();
        for (DiskChoice c : d.iaas().disks()) {
            disks.add(new DiskItem(d.vmKey() + "/" + c.label(), PriceBookPriceSource.diskSpec(c, redundancy), primary));
        }
        ScenarioCost diskCost = engine.price(disks, there);
        if (!diskCost.complete()) {
            return new RegionCost(region.name(), s.name(), Optional.empty(), "no disk price in " + region.name()
                    + " for " + diskCost.missing().get(0).what());
        }
        return new RegionCost(region.name(), s.name(),
                Optional.of(compute.monthlyTotal().plus(diskCost.monthlyTotal()).rounded()), "");
    }
}
