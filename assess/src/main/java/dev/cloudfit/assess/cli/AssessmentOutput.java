package dev.cloudfit.assess.cli;

import dev.cloudfit.assess.report.AssessmentPipeline;
import dev.cloudfit.core.units.Money;
import dev.cloudfit.reports.model.DiskRow;
import dev.cloudfit.reports.model.FinanceInputs;
import dev.cloudfit.reports.model.Fit;
import dev.cloudfit.reports.model.PriceCoverage;
import dev.cloudfit.reports.model.Readiness;
import dev.cloudfit.reports.model.ScenarioRow;
import dev.cloudfit.reports.model.VmRow;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@code assess} and {@code demo} print: a short summary, or per-VM results as JSON. */
final class AssessmentOutput {

    /**
     * One disk of a VM in the JSON output: {@code provisionedGiB} is its size on-premises, {@code targetSizeGiB}
     * the managed disk's (null with {@code tier} when the disk was not sized, e.g. the VM is not ready).
     */
    record JsonDisk(String label, boolean osDisk, long provisionedGiB, String tier, Long targetSizeGiB,
            String monthlyCost) {
    }

    /**
     * One VM in the JSON output. {@code monthlyCost} has every scenario, with two decimals, each the figure
     * the scenario's total adds up; a null cost is explained in {@code missingCost} (never a 0).
     * {@code confidence} is null for a VM sized as on-premises (no rating without performance data).
     */
    record JsonVm(String name, String vcenter, String moRef, String instanceUuid, String recommendedSize,
            List<JsonDisk> disks, Map<String, String> monthlyCost, Map<String, String> missingCost, String readiness,
            List<String> reasons, Integer confidence, String fit, String bindingConstraint) {
    }

    /**
     * One scenario's total over the VMs placed on IaaS. {@code monthly} is null when no VM has a price
     * ({@code missingReason} says why); with {@code coverage} PARTIAL it leaves out {@code missingPrices} VMs.
     */
    record JsonScenario(String name, String monthly, String coverage, long pricedVms, long missingPrices,
            String missingReason) {
    }

    /** One placement of the estate (all IaaS, all AVS, cheapest mix, recommended split); null monthly: see note. */
    record JsonPlacement(String name, String monthly, long iaasVms, long avsVms, long notPlacedVms, String note) {
    }

    /** One VM's cost in one region and scenario of {@code --compare-regions}; null monthly: {@code missing} says why. */
    record JsonRegionCost(String region, String scenario, String monthly, String missing) {
    }

    /** One VM of the region comparison: the size chosen for the primary region and its cost everywhere. */
    record JsonRegionVm(String name, String instanceUuid, String size, List<JsonRegionCost> costs) {
    }

    /** One region's total under a scenario: the sum over {@code pricedVms} of {@code vms}; coverage in words. */
    record JsonRegionTotal(String region, String scenario, String monthly, long pricedVms, long vms,
            String coverage) {
    }

    /** {@code --compare-regions}: the primary region first. */
    record JsonRegions(List<String> regions, List<String> scenarios, List<JsonRegionTotal> totals,
            List<JsonRegionVm> vms) {
    }

    /** One VM of the backtest; counts are null when not tested ({@code notTested} says why). */
    record JsonBacktestVm(String name, String instanceUuid, String size, Long heldOutSamples, Long overCapacity,
            String worstCounter, Long worstCounterOver, String notTested) {
    }

    /** {@code --backtest}: the settings it ran with, the estate's figures and each VM's. */
    record JsonBacktest(String holdout, String sizedOn, String percentile, double comfortFactor, long vmsTested,
            long vmsNotTested, long vmsOverCapacity, long heldOutSamples, long samplesOverCapacity, String summary,
            List<JsonBacktestVm> vms) {
    }

    /**
     * The JSON document; {@code settings} holds every sizing setting by name, as the Assumptions sheet lists them;
     * {@code regions} and {@code backtest} are null unless asked for.
     */
    record JsonResult(String priceSource, String currency, String region, int vms, Map<String, String> settings,
            List<JsonScenario> scenarios, List<JsonPlacement> placements, List<JsonVm> results, JsonRegions regions,
            JsonBacktest backtest) {
    }

    private AssessmentOutput() {
    }

    static String summary(AssessmentPipeline.Outcome o) {
        List<VmRow> vms = o.report().vms();
        long ready = vms.stream().filter(v -> v.readiness() == Readiness.READY
                || v.readiness() == Readiness.READY_WITH_CONDITIONS).count();
        long notReady = vms.stream().filter(v -> v.readiness() == Readiness.NOT_READY).count();
        long unknown = vms.size() - ready - notReady;
        long iaas = vms.stream().filter(v -> v.fit() == Fit.IAAS).count();
        long avs = vms.stream().filter(v -> v.fit() == Fit.AVS).count();
        ScenarioRow reference = reference(o);
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "VMs: %d assessed; ready %d (with conditions included), not ready %d, "
                + "unknown %d%n", vms.size(), ready, notReady, unknown));
        b.append(String.format(Locale.ROOT, "Fit: IaaS %d, AVS %d, not placed %d%n", iaas, avs, vms.size() - iaas - avs));
        b.append(total(reference, o.report().finance())).append(System.lineSeparator());
        List<String> unpriced = o.report().scenarios().stream().filter(s -> s.coverage() == PriceCoverage.NONE)
                .map(ScenarioRow::name).toList();
        if (!unpriced.isEmpty()) {
            b.append("Scenarios without any price in ").append(reference.priceSource()).append(": ")
                    .append(String.join(", ", unpriced)).append(System.lineSeparator());
        }
        o.report().regionComparison().ifPresent(c -> c.totals().forEach(t -> b.append(String.format(Locale.ROOT,
                "Region %s, %s: %s%n", t.region(), t.scenario(), t.priced() == 0 ? "no VM priced (" + t.coverage() + ")"
                        : money(t.monthly()) + " " + t.monthly().currency().getCurrencyCode() + " monthly, "
                                + t.coverage()))));
        o.report().backtest().ifPresent(t -> b.append(t.summary()).append(System.lineSeparator()));
        b.append("Prices: ").append(o.prices().describe());
        return b.toString();
    }

    /** "Monthly PAYG total: 123.45 USD over 117 priced VMs", flagged when incomplete, "n/a" when unpriced. */
    static String total(ScenarioRow s, FinanceInputs finance) {
        if (s.coverage() == PriceCoverage.NONE) {
            return String.format(Locale.ROOT, "Monthly %s total: %s (%d VMs on IaaS, none priced)", s.name(),
                    s.missingText(), s.missingPrices());
        }
        Money total = s.monthly(finance);
        String text = String.format(Locale.ROOT, "Monthly %s total: %s %s over %d priced VMs", s.name(),
                total.amount().toPlainString(), total.currency().getCurrencyCode(), s.pricedVms());
        return s.coverage() == PriceCoverage.PARTIAL ? text + " (INCOMPLETE: " + s.missingPrices()
                + " VMs on IaaS without a price are not in it)" : text;
    }

    static ScenarioRow reference(AssessmentPipeline.Outcome o) {
        String name = o.report().header().referenceScenario();
        return o.report().scenarios().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    static JsonResult json(AssessmentPipeline.Outcome o) {
        Map<String, List<JsonDisk>> disks = new HashMap<>();
        for (DiskRow d : o.report().disks()) {
            disks.computeIfAbsent(d.vm().instanceUuid(), k -> new ArrayList<>()).add(new JsonDisk(d.label(),
                    d.osDisk(), d.provisioned().bytes() >> 30, d.targetTier().orElse(null),
                    d.targetSize().map(z -> z.bytes() >> 30).orElse(null),
                    d.monthlyCost().map(AssessmentOutput::money).orElse(null)));
        }
        Map<String, ScenarioRow> scenarios = new LinkedHashMap<>();
        o.report().scenarios().forEach(s -> scenarios.put(s.name(), s));
        List<JsonVm> out = new ArrayList<>();
        for (VmRow v : o.report().vms()) {
            Map<String, String> costs = new LinkedHashMap<>();
            Map<String, String> missing = new LinkedHashMap<>();
            v.monthlyCost().forEach((k, m) -> {
                costs.put(k, m.map(AssessmentOutput::money).orElse(null));
                if (m.isEmpty()) {
                    missing.put(k, v.fit() != Fit.IAAS ? "not placed on IaaS (" + v.fit().label() + ")"
                            : "no price in " + scenarios.get(k).priceSource() + (scenarios.get(k).missingWhy().isEmpty()
                                    ? "" : " (" + scenarios.get(k).missingWhy() + ")"));
                }
            });
            out.add(new JsonVm(v.id().name(), v.id().vCenter(), v.id().moRef(), v.id().instanceUuid(),
                    v.recommendedSize().orElse(null), disks.getOrDefault(v.id().instanceUuid(), List.of()), costs,
                    missing, v.readiness().label(), v.reasonCodes(),
                    v.confidence().rated() ? v.confidence().stars() : null, v.fit().label(),
                    v.bindingConstraint()));
        }
        FinanceInputs finance = o.report().finance();
        List<JsonScenario> totals = new ArrayList<>();
        for (ScenarioRow s : scenarios.values()) {
            totals.add(new JsonScenario(s.name(), s.monthlyIfPriced(finance).map(AssessmentOutput::money)
                    .orElse(null), s.coverage().name(), s.pricedVms(), s.missingPrices(),
                    s.coverage() == PriceCoverage.COMPLETE ? null : s.coverage() == PriceCoverage.NONE
                            ? "no price in " + s.priceSource() + (s.missingWhy().isEmpty() ? ""
                                    : " (" + s.missingWhy() + ")")
                            : s.missingPrices() + " VMs on IaaS without a price in " + s.priceSource()
                                    + (s.missingWhy().isEmpty() ? "" : " (" + s.missingWhy() + ")")));
        }
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        o.result().assumptions().forEach(a -> settings.put(a.name(), a.value()));
        List<JsonPlacement> placements = o.report().fitOptions().stream().map(f -> new JsonPlacement(f.name(),
                f.monthly().map(AssessmentOutput::money).orElse(null), f.iaasVms(), f.avsVms(), f.notPlacedVms(),
                f.note().isBlank() ? null : f.note())).toList();
        return new JsonResult(o.prices().describe(), o.report().header().currency().getCurrencyCode(),
                o.report().header().regions().get(0), out.size(), settings, totals, placements, out,
                o.report().regionComparison().map(AssessmentOutput::regions).orElse(null),
                o.report().backtest().map(AssessmentOutput::backtest).orElse(null));
    }

    static JsonRegions regions(dev.cloudfit.reports.model.RegionComparison c) {
        List<JsonRegionTotal> totals = c.totals().stream().map(t -> new JsonRegionTotal(t.region(), t.scenario(),
                t.priced() == 0 ? null : money(t.monthly()), t.priced(), t.vms(), t.coverage())).toList();
        List<JsonRegionVm> vms = c.vms().stream().map(v -> new JsonRegionVm(v.id().name(), v.id().instanceUuid(),
                v.size(), v.costs().stream().map(k -> new JsonRegionCost(k.region(), k.scenario(),
                        k.monthly().map(AssessmentOutput::money).orElse(null),
                        k.monthly().isPresent() ? null : k.missing())).toList())).toList();
        return new JsonRegions(c.regions(), c.scenarios(), totals, vms);
    }

    static JsonBacktest backtest(dev.cloudfit.reports.model.Backtest b) {
        List<JsonBacktestVm> vms = b.vms().stream().map(v -> new JsonBacktestVm(v.id().name(), v.id().instanceUuid(),
                v.size().orElse(null), v.tested() ? v.samples() : null, v.tested() ? v.over() : null,
                v.worst().orElse(null), v.worst().isPresent() ? v.worstOver() : null, v.notTested().orElse(null)))
                .toList();
        return new JsonBacktest(b.holdout(), b.trainedOn(), b.percentile(), b.comfortFactor(), b.tested(),
                b.notTested(), b.vmsOver(), b.samples(), b.samplesOver(), b.summary(), vms);
    }

    /** Money in JSON: rounded to the currency's minor unit, every digit shown ("83.90", not "83.9"). */
    static String money(Money m) {
        return m.rounded().amount().toPlainString();
    }

    static void print(AssessmentPipeline.Outcome o, OutputFormat format, PrintWriter out) {
        if (format == OutputFormat.JSON) {
            Json.print(json(o), out);
        } else {
            out.println(summary(o));
            out.flush();
        }
    }
}
