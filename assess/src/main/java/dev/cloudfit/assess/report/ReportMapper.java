package dev.cloudfit.assess.report;

import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.onprem.OnPremCostInputs;
import dev.cloudfit.assess.onprem.OnPremCostModel;
import dev.cloudfit.assess.onprem.OnPremEstimate;
import dev.cloudfit.assess.sizing.EstateResult;
import dev.cloudfit.assess.sizing.disk.DiskChoice;
import dev.cloudfit.assess.sizing.fit.EstateScenario;
import dev.cloudfit.assess.sizing.fit.FitDecision;
import dev.cloudfit.assess.sizing.fit.FitTarget;
import dev.cloudfit.assess.sizing.perf.DiskPerf;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.price.PricePlan;
import dev.cloudfit.assess.sizing.readiness.Finding;
import dev.cloudfit.assess.sizing.readiness.Severity;
import dev.cloudfit.assess.sizing.settings.SettingRow;
import dev.cloudfit.core.units.DataRate;
import dev.cloudfit.core.units.Money;
import dev.cloudfit.reports.model.Assumption;
import dev.cloudfit.reports.model.AssessmentReport;
import dev.cloudfit.reports.model.AvsRow;
import dev.cloudfit.reports.model.DiskRow;
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

    /** The text of the plan's VNet and subnet until someone sets them. */
    public static final String TO_BE_SET = "(to be set)";

    private ReportMapper() {
    }

    /** The name of the one priced scenario: the sizing's price plan. */
    public static String scenarioName(PricePlan plan) {
        return plan.equals(PricePlan.PAYG) ? "PAYG" : plan.toString();
    }

    public static AssessmentReport map(ReportInputs in) {
        EstateResult result = in.result();
        Currency currency = in.settings().currency();
        String region = in.settings().region().name();
        String scenario = scenarioName(in.settings().pricePlan());
        Map<String, Vm> byKey = new HashMap<>();
        for (Vm vm : in.inventory().vms()) {
            byKey.put(vm.identity().key(), vm);
        }
        List<VmRow> vms = new ArrayList<>();
        List<DiskRow> disks = new ArrayList<>();
        List<PlanRow> plan = new ArrayList<>();
        Set<String> planned = new HashSet<>();
        BigDecimal hours = BigDecimal.valueOf(in.settings().hoursPerMonth());
        Map<String, String> sizes = new LinkedHashMap<>();
        for (FitDecision d : result.decisions()) {
            if (d.iaasPlaceable() && byKey.containsKey(d.vmKey())) {
                sizes.put(d.vmKey(), d.iaas().size().orElseThrow().name().value());
            }
        }
        ScenarioCosts other = ScenarioCosts.price(in.prices().book(), currency, hours, region, sizes, byKey, scenario);
        Map<String, BigDecimal[]> otherTotals = new LinkedHashMap<>();
        for (var s : other.scenarios()) {
            otherTotals.put(s.name(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
        }
        BigDecimal compute = BigDecimal.ZERO;
        BigDecimal fixed = BigDecimal.ZERO;
        long priced = 0;
        long onIaas = 0;
        for (FitDecision d : result.decisions()) {
            Vm vm = byKey.get(d.vmKey());
            if (vm == null) {
                continue;
            }
            Optional<PerfSummary> perf = Optional.ofNullable(in.perf().get(d.vmKey()));
            Optional<Money> diskTotal = diskMonthly(d, currency);
            Map<String, Optional<Money>> extra = new LinkedHashMap<>();
            for (Map.Entry<String, BigDecimal[]> e : otherTotals.entrySet()) {
                Optional<Money> c = d.iaasPlaceable() ? other.compute(d.vmKey(), e.getKey()) : Optional.empty();
                Optional<Money> total = c.flatMap(x -> diskTotal.map(x::plus));
                extra.put(e.getKey(), total);
                if (total.isPresent()) {
                    e.getValue()[0] = e.getValue()[0].add(c.get().amount());
                    e.getValue()[1] = e.getValue()[1].add(diskTotal.get().amount());
                    e.getValue()[2] = e.getValue()[2].add(BigDecimal.ONE);
                }
            }
            VmRow row = VmRowMapper.row(vm, d, perf, scenario, extra);
            vms.add(row);
            for (DiskChoice c : d.iaas().disks()) {
                Optional<DiskPerf> dp = perf.flatMap(p -> inventoryDisk(vm, c.label()).flatMap(p::disk));
                disks.add(new DiskRow(row.id(), c.label(), c.osDisk(), c.size(),
                        dp.flatMap(DiskPerf::iops).map(v -> OptionalLong.of(Math.round(v))).orElse(OptionalLong.empty()),
                        dp.flatMap(DiskPerf::mbps).map(DataRate::ofMegabytesPerSecond),
                        Optional.of(c.tier()), c.monthly()));
            }
            onIaas += d.iaasPlaceable() ? 1 : 0;
            if (d.iaasPlaceable() && d.iaas().monthlyCost().isPresent()) {
                priced++;
                BigDecimal diskMonthly = d.iaas().disks().stream().map(c -> c.monthly()
                        .map(Money::amount).orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal total = d.iaas().monthlyCost().get().amount();
                fixed = fixed.add(diskMonthly);
                compute = compute.add(total.subtract(diskMonthly));
            }
            if (d.iaasPlaceable() && planned.add(row.id().instanceUuid())) {
                plan.add(planRow(row.id(), d, vm, region));
            }
        }
        String source = priceSource(in);
        List<ScenarioRow> scenarios = new ArrayList<>();
        scenarios.add(new ScenarioRow(scenario,
                "Azure VMs at " + in.settings().pricePlan() + " prices in " + region + ", managed disks monthly ("
                        + in.prices().describe() + ")",
                new Money(compute.divide(hours, 6, RoundingMode.HALF_UP), currency), new Money(fixed, currency),
                priced, onIaas - priced, source));
        for (Map.Entry<String, BigDecimal[]> e : otherTotals.entrySet()) {
            BigDecimal[] t = e.getValue();
            scenarios.add(new ScenarioRow(e.getKey(), "Azure VMs under " + e.getKey() + " in " + region
                    + ", same managed disks; compute from the price book", new Money(t[0].divide(hours, 6,
                    RoundingMode.HALF_UP), currency), new Money(t[1], currency), t[2].longValue(),
                    onIaas - t[2].longValue(), source));
        }
        ReportHeader header = new ReportHeader("Azure assessment", in.estate(), in.generatedAt(), in.toolVersion(),
                currency, List.of(region), scenario);
        FinanceInputs finance = new FinanceInputs(dev.cloudfit.core.units.Percentage.ZERO, hours);
        return new AssessmentReport(header, finance, vms, disks, avsRows(result), readiness(result),
                scenarios, fitOptions(result, source), onPremises(in, currency), assumptions(in),
                in.inputFiles(), plan);
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

    static PlanRow planRow(VmIdentity id, FitDecision d, Vm vm, String region) {
        String cluster = vm.placement() == null || vm.placement().cluster() == null
                || vm.placement().cluster().isBlank() ? "unclustered" : vm.placement().cluster();
        String rg = "rg-" + cluster.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
        return new PlanRow(id, d.iaas().size().orElseThrow().name().value(), VmRowMapper.diskTypes(d.iaas()),
                region, rg, "vnet " + TO_BE_SET, "subnet " + TO_BE_SET, 1);
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
                a.findings().stream().map(f -> f.severity() + " " + f.id() + ": " + f.message())
                        .collect(java.util.stream.Collectors.joining("\n")))));
    }

    /**
     * All IaaS, all AVS, and the cheapest mix. A total that would leave out unpriced VMs or AVS
     * nodes is not shown; the note says why. When no mix is complete, the planner's fallback is not
     * passed off as a cheapest mix.
     */
    static List<FitOption> fitOptions(EstateResult result, String source) {
        var c = result.comparison();
        List<FitOption> out = new ArrayList<>();
        out.add(fitOption("All IaaS", c.allIaas(), source));
        out.add(fitOption("All AVS", c.allAvs(), source));
        if (c.cheapestMix().total().isPresent()) {
            out.add(fitOption("Cheapest mix (" + c.cheapestMix().name() + ")", c.cheapestMix(), source));
        } else {
            out.add(new FitOption("Cheapest mix", 0, 0, 0, Optional.empty(),
                    "n/a — no placement has a complete price in " + source));
        }
        return out;
    }

    private static FitOption fitOption(String label, EstateScenario s, String source) {
        if (s.total().isPresent()) {
            return new FitOption(label, s.iaasVms().size(), s.avsVms().size(), s.unplaced().size(), s.total(), "");
        }
        List<String> why = new ArrayList<>();
        if (s.iaasUnpriced() > 0) {
            why.add(s.iaasUnpriced() + " VMs on IaaS");
        }
        if (!s.avsVms().isEmpty() && s.avs().flatMap(a -> a.monthlyCost()).isEmpty()) {
            why.add("the AVS nodes");
        }
        String note = why.isEmpty() ? "n/a — incomplete" : "n/a — no price in " + source + " for "
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
        first.forEach((id, f) -> rows.add(new ReadinessRow(id, severity(f.severity()), counts.get(id)[0],
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

    static List<OnPremInput> onPremises(ReportInputs in, Currency currency) {
        OnPremCostInputs defaults = OnPremCostInputs.defaults();
        if (!defaults.currency().equals(currency) || in.inventory().hosts().isEmpty()) {
            return List.of();
        }
        OnPremEstimate e = OnPremCostModel.estimate(defaults, in.inventory().hosts(), in.inventory().vms().size());
        List<OnPremInput> rows = new ArrayList<>();
        e.monthlyByComponent().forEach((component, monthly) -> rows.add(new OnPremInput(
                component.toString().toLowerCase(Locale.ROOT).replace('_', ' '), BigDecimal.ONE, "month",
                monthly, "on-premises cost model defaults over " + e.hosts() + " hosts, " + e.cores()
                        + " cores")));
        return rows;
    }

    static List<Assumption> assumptions(ReportInputs in) {
        List<Assumption> rows = new ArrayList<>();
        for (SettingRow s : in.result().assumptions()) {
            rows.add(new Assumption(s.name(), s.value(), s.description()));
        }
        rows.add(new Assumption("Price source", in.prices().describe(), "where the prices came from"));
        rows.add(new Assumption("Catalog version", in.catalogVersion(), "Azure VM sizes, disk tiers, AVS nodes"));
        rows.add(new Assumption("Tool version", in.toolVersion(), "cloudfit"));
        boolean singleFigures = in.perf().values().stream()
                .anyMatch(p -> p.counters().anyMatch(dev.cloudfit.assess.sizing.perf.CounterSummary::isSingleFigure));
        rows.add(new Assumption("Sizing basis", in.perf().isEmpty() ? VmRowMapper.AS_ON_PREMISES
                : singleFigures ? "performance-based on the Azure Migrate CSV's utilisation figures, used as they are"
                        + " (no history, percentile or confidence rating) for " + in.perf().size()
                        + " VMs; rows without figures as on-premises"
                : "performance-based where history exists (" + in.perf().size() + " VMs)", ""));
        for (InputFile f : in.inputFiles()) {
            rows.add(new Assumption("Input " + f.name(), f.sha256(), "SHA-256 of the input"));
        }
        return rows;
    }

    /** The VM's disk a sized disk came from: by label, or "disk N" (the sizer's name for an unlabelled N-th disk). */
    private static Optional<dev.cloudfit.assess.inventory.Disk> inventoryDisk(Vm vm, String label) {
        List<dev.cloudfit.assess.inventory.Disk> disks = vm.disks();
        for (int i = 0; i < disks.size(); i++) {
            String l = disks.get(i).label();
            if (label.equals(l) || ((l == null || l.isBlank()) && label.equals("disk " + (i + 1)))) {
                return Optional.of(disks.get(i));
            }
        }
        return Optional.empty();
    }
}
