package dev.cloudfit.reports.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one workbook shows. Checks that the parts agree: one currency throughout, the
 * reference scenario exists, scenario names are unique, and each VM has at most one plan row.
 */
public record AssessmentReport(
        ReportHeader header,
        FinanceInputs finance,
        List<VmRow> vms,
        List<DiskRow> disks,
        List<AvsRow> avs,
        List<ReadinessRow> readiness,
        List<ScenarioRow> scenarios,
        List<FitOption> fitOptions,
        List<OnPremInput> onPremises,
        List<Assumption> assumptions,
        List<InputFile> inputFiles,
        List<PlanRow> plan,
        Optional<RegionComparison> regionComparison,
        Optional<Backtest> backtest) {

    /** Version of this model and of the workbook layout; stored in the manifest. */
    public static final int MODEL_VERSION = 1;

    public AssessmentReport {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(finance, "finance");
        vms = List.copyOf(vms);
        disks = List.copyOf(disks);
        avs = List.copyOf(avs);
        readiness = List.copyOf(readiness);
        scenarios = List.copyOf(scenarios);
        fitOptions = List.copyOf(fitOptions);
        onPremises = List.copyOf(onPremises);
        assumptions = List.copyOf(assumptions);
        inputFiles = List.copyOf(inputFiles);
        plan = List.copyOf(plan);
        Objects.requireNonNull(regionComparison, "regionComparison");
        Objects.requireNonNull(backtest, "backtest");
        Set<String> names = new HashSet<>();
        for (ScenarioRow s : scenarios) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("duplicate scenario: " + s.name());
            }
            requireCurrency(header, s.computeHourly().currency(), "scenario " + s.name());
        }
        if (!names.contains(header.referenceScenario())) {
            throw new IllegalArgumentException("reference scenario not among the scenarios: "
                    + header.referenceScenario());
        }
        for (OnPremInput o : onPremises) {
            requireCurrency(header, o.monthlyUnitCost().currency(), "on-premises input " + o.name());
        }
        for (AvsRow a : avs) {
            a.monthlyCost().ifPresent(m -> requireCurrency(header, m.currency(), "AVS option " + a.nodeType()));
        }
        for (FitOption f : fitOptions) {
            f.monthly().ifPresent(m -> requireCurrency(header, m.currency(), "placement option " + f.name()));
        }
        Set<String> planned = new HashSet<>();
        for (PlanRow p : plan) {
            if (!planned.add(p.vm().instanceUuid())) {
                throw new IllegalArgumentException("two plan rows for VM " + p.vm().instanceUuid());
            }
        }
    }

    /** A report without a region comparison or backtest. */
    public AssessmentReport(ReportHeader header, FinanceInputs finance, List<VmRow> vms, List<DiskRow> disks,
            List<AvsRow> avs, List<ReadinessRow> readiness, List<ScenarioRow> scenarios, List<FitOption> fitOptions,
            List<OnPremInput> onPremises, List<Assumption> assumptions, List<InputFile> inputFiles,
            List<PlanRow> plan) {
        this(header, finance, vms, disks, avs, readiness, scenarios, fitOptions, onPremises, assumptions, inputFiles,
                plan, Optional.empty(), Optional.empty());
    }

    /** This report with a region comparison and a backtest. */
    public AssessmentReport with(Optional<RegionComparison> comparison, Optional<Backtest> test) {
        return new AssessmentReport(header, finance, vms, disks, avs, readiness, scenarios, fitOptions, onPremises,
                assumptions, inputFiles, plan, comparison, test);
    }

    /** This report with more rows on the Assumptions sheet, after its own. */
    public AssessmentReport withAssumptions(List<Assumption> more) {
        List<Assumption> all = new java.util.ArrayList<>(assumptions);
        all.addAll(more);
        return new AssessmentReport(header, finance, vms, disks, avs, readiness, scenarios, fitOptions, onPremises,
                all, inputFiles, plan, regionComparison, backtest);
    }

    private static void requireCurrency(ReportHeader header, java.util.Currency c, String what) {
        if (!header.currency().equals(c)) {
            throw new IllegalArgumentException(what + " is in " + c + ", the report in " + header.currency());
        }
    }
}
