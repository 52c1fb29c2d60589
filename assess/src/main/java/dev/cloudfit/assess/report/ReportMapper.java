package dev.cloudfit.assess.report;

import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.plan.PlanTargets;
import dev.cloudfit.assess.onprem.OnPremCostInputs;
import dev.cloudfit.assess.onprem.OnPremCostModel;
import dev.cloudfit.assess.onprem.OnPremLine;
import dev.cloudfit.assess.sizing.EstateResult;
import dev.cloudfit.assess.sizing.disk.DiskChoice;
import dev.cloudfit.assess.sizing.fit.EstateScenario;
import dev.cloudfit.assess.sizing.fit.FitDecision;
import dev.cloudfit.assess.sizing.fit.FitTarget;
import dev.cloudfit.assess.sizing.perf.DiskPerf;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.pricing.ArmSkuName;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.scenario.CostCalculator;
import dev.cloudfit.assess.pricing.scenario.CostCategory;
import dev.cloudfit.assess.pricing.scenario.CostLine;
import dev.cloudfit.assess.pricing.scenario.MissingPrice;
import dev.cloudfit.assess.pricing.scenario.Scenario;
import dev.cloudfit.assess.pricing.scenario.ScenarioCost;
import dev.cloudfit.assess.pricing.scenario.ScenarioSet;
import dev.cloudfit.assess.pricing.scenario.ScenarioSettings;
import dev.cloudfit.assess.pricing.scenario.VmItem;
import dev.cloudfit.assess.pricing.sizing.PriceBookPriceSource;
import dev.cloudfit.assess.sizing.iaas.ChosenSize;
import dev.cloudfit.assess.sizing.price.PriceOs;
import dev.cloudfit.assess.sizing.price.PricePlan;
import dev.cloudfit.assess.sizing.readiness.Finding;
import dev.cloudfit.assess.sizing.readiness.FindingMeanings;
import dev.cloudfit.assess.sizing.readiness.Severity;
import dev.cloudfit.core.units.DataRate;
import dev.cloudfit.core.units.Money;
import dev.cloudfit.reports.model.Assumption;
import dev.cloudfit.reports.model.AssessmentReport;
import dev.cloudfit.reports.model.AvsRow;
import dev.cloudfit.reports.model.DiscountScope;
import dev.cloudfit.reports.model.DiskRow;
import dev.cloudfit.reports.model.RateInput;
import dev.cloudfit.reports.model.FinanceInputs;
import dev.cloudfit.reports.model.FitOption;
import dev.cloudfit.reports.model.InputFile;
import dev.cloudfit.reports.model.OnPremInput;
import dev.cloudfit.reports.model.PlanRow;
import dev.cloudfit.reports.model.Readiness;
import dev.cloudfit.reports.model.ReadinessRow;
import dev.cloudfit.reports.model.ReportHeader;
import dev.cloudfit.reports.model.ScenarioRow;
import dev.cloudfit.reports.model.VmIdentity;
import dev.cloudfit.reports.model.VmRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Turns an assessment into the {@link AssessmentReport} the workbook writer writes. */
public final class ReportMapper {

    private ReportMapper() {
    }

    /** The reference scenario: the sizing's price plan, named as every scenario column is. */
    public static Scenario referenceScenario(PricePlan plan) {
        return Scenario.of(PriceBookPriceSource.plan(plan.commitment()), plan.hybridBenefit());
    }

    /** The name of the reference scenario, e.g. {@code PAYG}. */
    public static String scenarioName(PricePlan plan) {
        return referenceScenario(plan).name();
    }

    /** Per scenario: the sums the workbook's formula is made of, and the VMs priced and missing. */
    private static final class Totals {
        BigDecimal computeHourly = BigDecimal.ZERO;
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal licenceHourly = BigDecimal.ZERO;
        BigDecimal disks = BigDecimal.ZERO;
        BigDecimal exact = BigDecimal.ZERO;
        BigDecimal rounded = BigDecimal.ZERO;
        long priced;
        long missing;
        final Map<String, Long> reasons = new LinkedHashMap<>();
        final Map<String, Long> rateVms = new LinkedHashMap<>();
        final Map<String, MissingPrice.RateGap> rateGaps = new HashMap<>();
        BigDecimal pending = BigDecimal.ZERO;
    }

    public static AssessmentReport map(ReportInputs in) {
        return map(in, List.of(), null);
    }

    /**
     * As {@link #map(ReportInputs)}, with the same sizing also priced in {@code compareRegions} (none: no
     * comparison) from the same price book, which must hold them; {@code catalog} says where a size is offered.
     */
    public static AssessmentReport map(ReportInputs in, List<Region> compareRegions,
            dev.cloudfit.assess.catalog.AzureCatalog catalog) {
        EstateResult result = in.result();
        Currency currency = in.settings().currency();
        String region = in.settings().region().name();
        Scenario reference = referenceScenario(in.settings().pricePlan());
        String scenario = reference.name();
        Map<String, Vm> byKey = new HashMap<>();
        for (Vm vm : in.inventory().vms()) {
            byKey.put(vm.identity().key(), vm);
        }
        List<VmRow> vms = new ArrayList<>();
        Map<String, VmRow> rowsByKey = new HashMap<>();
        List<DiskRow> disks = new ArrayList<>();
        List<PlanRow> plan = new ArrayList<>();
        Set<String> planned = new HashSet<>();
        BigDecimal hours = BigDecimal.valueOf(in.settings().hoursPerMonth());
        List<VmItem> items = new ArrayList<>();
        for (FitDecision d : result.decisions()) {
            Vm vm = byKey.get(d.vmKey());
            if (d.iaasPlaceable() && vm != null) {
                ChosenSize size = d.iaas().size().orElseThrow();
                items.add(new VmItem(d.vmKey(), ArmSkuName.of(size.name().value()),
                        PriceOs.of(vm.guestOs()).licence(), Region.of(region), Optional.of(hours), size.vcpus()));
            }
        }
        ScenarioSettings scenarioSettings = ScenarioSettings.defaults().withCurrency(currency)
                .withHoursPerMonth(in.prices().book().hoursPerMonth());
        CostCalculator engine = new CostCalculator(in.prices().book(), scenarioSettings, in.licences());
        List<Scenario> all = new ArrayList<>(List.of(reference));
        for (Scenario s : ScenarioSet.from(scenarioSettings).scenarios()) {
            if (!s.equals(reference)) {
                all.add(s);
            }
        }
        ScenarioCosts costs = ScenarioCosts.price(engine, all, items);
        Map<Scenario, Totals> totals = new LinkedHashMap<>();
        Map<String, Money> shownReference = new HashMap<>();
        all.forEach(s -> totals.put(s, new Totals()));
        for (FitDecision d : result.decisions()) {
            Vm vm = byKey.get(d.vmKey());
            if (vm == null) {
                continue;
            }
            Optional<PerfSummary> perf = Optional.ofNullable(in.perf().get(d.vmKey()));
            Optional<Money> diskTotal = diskMonthly(d, currency);
            Map<String, Optional<Money>> perScenario = new LinkedHashMap<>();
            for (Scenario s : all) {
                Optional<ScenarioCost> c = d.iaasPlaceable() ? costs.cost(d.vmKey(), s) : Optional.empty();
                Optional<Money> shown = Optional.empty();
                if (c.isPresent()) {
                    Totals t = totals.get(s);
                    if (c.get().complete() && diskTotal.isPresent()) {
                        Money exact = c.get().monthlyTotal().plus(diskTotal.get());
                        shown = Optional.of(exact.rounded()); // rounded once, here; the totals add these up
                        add(t, c.get(), diskTotal.get(), exact, shown.get());
                    } else {
                        t.missing++;
                        for (MissingPrice m : c.get().missing()) {
                            t.reasons.merge(m.reason(), 1L, Long::sum);
                        }
                        if (diskTotal.isEmpty()) {
                            t.reasons.merge("a managed disk has no price", 1L, Long::sum);
                        }
                        // only unit rates are missing: offer them as workbook inputs
                        if (diskTotal.isPresent() && !c.get().missing().isEmpty()
                                && c.get().missing().stream().allMatch(m -> m.rate().isPresent())) {
                            for (MissingPrice m : c.get().missing()) {
                                t.rateVms.merge(m.what(), 1L, Long::sum);
                                t.rateGaps.put(m.what(), m.rate().get());
                            }
                            t.pending = t.pending.add(diskTotal.get().amount());
                        }
                    }
                }
                perScenario.put(s.name(), shown);
                if (s.equals(reference) && shown.isPresent()) {
                    shownReference.put(d.vmKey(), shown.get());
                }
            }
            VmRow row = VmRowMapper.row(vm, d, perf, perScenario);
            vms.add(row);
            rowsByKey.put(d.vmKey(), row);
            // every virtual disk of every VM, sized or not (a not-ready VM keeps its disks in every output)
            List<dev.cloudfit.assess.inventory.Disk> own = vm.disks();
            for (int i = 0; i < own.size(); i++) {
                dev.cloudfit.assess.inventory.Disk disk = own.get(i);
                String label = disk.label() == null || disk.label().isBlank() ? "disk " + (i + 1) : disk.label();
                Optional<DiskChoice> c = d.iaas().disks().stream().filter(x -> x.label().equals(label)).findFirst();
                Optional<DiskPerf> dp = perf.flatMap(p -> p.disk(disk));
                disks.add(new DiskRow(row.id(), label, i == 0, disk.capacity(),
                        dp.flatMap(DiskPerf::iops).map(v -> OptionalLong.of(Math.round(v))).orElse(OptionalLong.empty()),
                        dp.flatMap(DiskPerf::mbps).map(DataRate::ofMegabytesPerSecond),
                        c.map(DiskChoice::tier), c.flatMap(DiskChoice::monthly).map(Money::rounded),
                        c.map(DiskChoice::size)));
            }
            if (d.iaasPlaceable() && planned.add(row.id().instanceUuid())) {
                plan.add(planRow(row.id(), d, in.planDefaults().targets(vm), region));
            }
        }
        String source = priceSource(in);
        List<ScenarioRow> scenarios = new ArrayList<>();
        for (Scenario s : all) {
            Totals t = totals.get(s);
            String description = s.equals(reference)
                    ? "Azure VMs at " + s.words() + " prices in " + region + ", managed disks monthly ("
                            + in.prices().describe() + ")"
                    : "Azure VMs under " + s.words() + " in " + region + ", same managed disks";
            scenarios.add(new ScenarioRow(s.name(), description, new Money(t.computeHourly, currency),
                    new Money(t.committed, currency), new Money(t.licenceHourly, currency),
                    new Money(t.disks, currency), new Money(t.rounded.subtract(t.exact), currency), t.priced,
                    t.missing, source, why(t.reasons), rateInputs(t), new Money(t.pending, currency)));
        }
        ReportHeader header = new ReportHeader("Azure assessment", in.estate(), in.generatedAt(), in.toolVersion(),
                currency, List.of(region), scenario);
        FinanceInputs finance = new FinanceInputs(dev.cloudfit.core.units.Percentage.ZERO, hours);
        AssessmentReport report = new AssessmentReport(header, finance, vms, disks, avsRows(result),
                readiness(result), scenarios, fitOptions(result, source, shownReference), onPremises(in, currency),
                assumptions(in), in.inputFiles(), plan);
        if (compareRegions.isEmpty()) {
            return report;
        }
        List<Scenario> compared = RegionComparisonPricer.compared(reference, all, scenarios, finance);
        var comparison = new RegionComparisonPricer(engine, currency, catalog, in.settings().diskRedundancy())
                .compare(Region.of(region), compareRegions, compared, result.decisions(), byKey, rowsByKey, hours);
        return report.with(Optional.of(comparison), Optional.empty());
    }

    private static void add(Totals t, ScenarioCost c, Money disks, Money exact, Money shown) {
        t.priced++;
        for (CostLine l : c.lines()) {
            if (l.perRunningHour().isPresent()) {
                if (l.category() == CostCategory.LICENCE) {
                    t.licenceHourly = t.licenceHourly.add(l.perRunningHour().get().amount());
                } else {
                    t.computeHourly = t.computeHourly.add(l.perRunningHour().get().amount());
                }
            } else {
                t.committed = t.committed.add(l.monthly().amount());
            }
        }
        t.disks = t.disks.add(disks.amount());
        t.exact = t.exact.add(exact.amount());
        t.rounded = t.rounded.add(shown.amount());
    }

    private static List<RateInput> rateInputs(Totals t) {
        List<RateInput> out = new ArrayList<>();
        t.rateVms.forEach((meter, vms) -> {
            MissingPrice.RateGap g = t.rateGaps.get(meter);
            out.add(new RateInput(meter, vms, g.everyHour(), g.category() == CostCategory.LICENCE
                    ? DiscountScope.LICENCES : DiscountScope.COMPUTE));
        });
        return out;
    }

    /** The reasons VMs are missing, most frequent first, at most two: "12 × no reservation row ...". */
    static String why(Map<String, Long> reasons) {
        return reasons.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(2)
                .map(e -> e.getValue() + " × " + e.getKey()).collect(java.util.stream.Collectors.joining("; "));
    }

    static Optional<Money> diskMonthly(FitDecision d, Currency currency) {
        Money total = Money.zero(currency);
        for (DiskChoice c : d.iaas().disks()) {
            if (c.monthly().isEmpty()) {
                return Optional.empty();
            }
            total = total.plus(c.monthly().get());
        }
        return Optional.of(total);
    }

    static PlanRow planRow(VmIdentity id, FitDecision d, PlanTargets t, String region) {
        return new PlanRow(id, d.iaas().size().orElseThrow().name().value(), VmRowMapper.diskTypes(d.iaas()),
                region, t.resourceGroup(), t.vnet(), t.subnet(), t.wave(), t.ip(), t.testVnet());
    }

    /** The price source in a few words for "n/a — no price in ...": {@code embedded snapshot of 2026-07-15}. */
    static String priceSource(ReportInputs in) {
        return in.prices().kind().label() + " of " + in.prices().header().fetchedAt().toString().substring(0, 10);
    }

    static List<AvsRow> avsRows(EstateResult result) {
        List<AvsRow> rows = new ArrayList<>();
        add(rows, "All VMs", result.comparison().allAvs());
        if (!result.comparison().cheapestMix().name().equals(result.comparison().allAvs().name())) {
            add(rows, "VMs on AVS in the cheapest mix (" + result.comparison().cheapestMix().name() + ")",
                    result.comparison().cheapestMix());
        }
        return rows;
    }

    private static void add(List<AvsRow> rows, String scope, EstateScenario s) {
        s.avs().ifPresent(a -> rows.add(new AvsRow(scope, a.describeNodes(), a.nodes(),
                a.limitingFactor().toString().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + (a.setByPolicyMinimum() ? " (FTT minimum of " + a.policyMinimum() + " hosts)" : ""),
                a.monthlyCost(),
                Optional.of(new AvsRow.NodeUtilisation(a.cpuUtilisation(), a.memoryUtilisation(), a.storageUtilisation())),
                a.findings().stream().map(f -> f.severity().label() + ": " + f.message() + " ("
                        + FindingMeanings.describe(f.id()) + ")")
                        .collect(java.util.stream.Collectors.joining("\n")))));
    }

    /**
     * All IaaS, all AVS, the cheapest mix and the recommended split (the Fit column). A total that
     * would leave out unpriced VMs or AVS nodes is not shown; the note says why. When no mix is
     * complete, the planner's fallback is not passed off as a cheapest mix. The IaaS part of a total
     * is the sum of the VMs' displayed (rounded) reference figures, so it adds up with the VMs sheet.
     */
    static List<FitOption> fitOptions(EstateResult result, String source, Map<String, Money> shown) {
        var c = result.comparison();
        List<FitOption> out = new ArrayList<>();
        out.add(fitOption("All IaaS", c.allIaas(), source, shown));
        out.add(fitOption("All AVS", c.allAvs(), source, shown));
        if (c.cheapestMix().total().isPresent()) {
            out.add(fitOption("Cheapest mix (" + c.cheapestMix().name() + ")", c.cheapestMix(), source, shown));
        } else {
            out.add(new FitOption("Cheapest mix", 0, 0, 0, Optional.empty(),
                    "n/a — no placement has a complete price in " + source));
        }
        out.add(fitOption("Recommended split (Fit column)", c.recommended(), source, shown));
        return out;
    }

    private static FitOption fitOption(String label, EstateScenario s, String source, Map<String, Money> shown) {
        if (s.total().isPresent()) {
            Money total = s.total().get().minus(s.iaasMonthly()).rounded();
            for (String vm : s.iaasVms()) {
                total = total.plus(shown.get(vm));
            }
            return new FitOption(label, s.iaasVms().size(), s.avsVms().size(), s.unplaced().size(),
                    Optional.of(total), "");
        }
        List<String> why = new ArrayList<>();
        if (s.iaasUnpriced() > 0) {
            why.add(s.iaasUnpriced() + " VMs on IaaS");
        }
        if (!s.avsVms().isEmpty() && s.avs().flatMap(a -> a.monthlyCost()).isEmpty()) {
            why.add("the AVS nodes");
        }
        String note = why.isEmpty() ? "n/a — incomplete" : "n/a — incomplete: no price in " + source + " for "
                + String.join(" and ", why);
        return new FitOption(label, s.iaasVms().size(), s.avsVms().size(), s.unplaced().size(), Optional.empty(), note);
    }

    static List<ReadinessRow> readiness(EstateResult result) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Finding> first = new LinkedHashMap<>();
        for (FitDecision d : result.decisions()) {
            Set<String> seen = new HashSet<>();
            for (Finding f : d.iaas().findings()) {
                if (seen.add(f.id())) {
                    counts.computeIfAbsent(f.id(), k -> new long[1])[0]++;
                    first.putIfAbsent(f.id(), f);
                }
            }
        }
        List<ReadinessRow> rows = new ArrayList<>();
        first.forEach((id, f) -> rows.add(new ReadinessRow(id, FindingMeanings.of(id).orElse(""), severity(f.severity()),
                counts.get(id)[0],
                f.remedy())));
        return rows;
    }

    static Readiness severity(Severity s) {
        return switch (s) {
            case BLOCKER -> Readiness.NOT_READY;
            case UNKNOWN -> Readiness.UNKNOWN;
            case CONDITION -> Readiness.READY_WITH_CONDITIONS;
            default -> Readiness.READY;
        };
    }

    /**
     * The On-premises sheet's lines: hosts, licensed cores, rack units, admin hours, TiB of the VMs' provisioned
     * disks (or VMs, templates left out) × a monthly rate,
     * from {@code --onprem-costs} or the model's defaults. None when the inputs are in another currency than
     * the assessment (defaults are USD amounts, never converted) or the inventory lists no hosts.
     */
    static List<OnPremInput> onPremises(ReportInputs in, Currency currency) {
        OnPremCostInputs inputs = in.onPremCosts();
        if (!inputs.currency().equals(currency) || in.inventory().hosts().isEmpty()) {
            return List.of();
        }
        List<OnPremInput> rows = new ArrayList<>();
        List<Vm> vms = in.inventory().vms();
        for (OnPremLine l : OnPremCostModel.lines(inputs, in.inventory().hosts(), OnPremCostModel.perVmCount(vms),
                OnPremCostModel.provisionedStorage(vms))) {
            rows.add(new OnPremInput(l.component().label(), l.quantity(), l.unit(), l.monthlyPerUnit(), l.basis()));
        }
        return rows;
    }

    static List<Assumption> assumptions(ReportInputs in) {
        List<Assumption> rows = new ArrayList<>(SettingAssumptions.of(in.settings()));
        rows.add(new Assumption("Price source", in.prices().describe(), "where the prices came from"));
        in.overrides().file().ifPresent(f -> rows.add(new Assumption("Price overrides", f.getFileName() + ", "
                + in.overrides().prices().size() + " prices", "negotiated prices laid over the price source "
                + "(--price-overrides); each is listed below")));
        for (var p : in.overrides().prices()) {
            rows.add(new Assumption("Price override, line " + p.line(), p.describe(), p.service().label()));
        }
        rows.add(new Assumption("RHEL/SLES licence meters", in.licences().meters().isEmpty()
                ? "none in " + in.settings().currency().getCurrencyCode() + ": RHEL/SLES VMs are missing without AHB"
                : in.licences().meters().size() + " meters (" + in.licences().meters().stream()
                        .map(m -> m.source()).distinct().collect(java.util.stream.Collectors.joining("; ")) + ")",
                "billed per running hour on top of the Linux rate in every plan; not with AHB"));
        rows.add(new Assumption("Catalog version", in.catalogVersion(), "Azure VM sizes, disk tiers, AVS nodes"));
        boolean singleFigures = in.perf().values().stream()
                .anyMatch(p -> p.counters().anyMatch(dev.cloudfit.assess.sizing.perf.CounterSummary::isSingleFigure));
        rows.add(new Assumption("Sizing basis", in.perf().isEmpty() ? VmRowMapper.AS_ON_PREMISES
                : singleFigures ? "performance-based on the Azure Migrate CSV's utilisation figures, used as they are"
                        + " (no history, percentile or confidence rating) for " + in.perf().size()
                        + " VMs; rows without figures as on-premises"
                : "performance-based where history exists (" + in.perf().size() + " VMs)", ""));
        rows.addAll(OnPremAssumptions.of(in.onPremCosts(), in.settings().currency()));
        return rows; // the tool version and the inputs' SHA-256 are written once by the sheet, from the report
    }
}
