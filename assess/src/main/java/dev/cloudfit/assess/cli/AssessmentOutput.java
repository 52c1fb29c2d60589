package dev.cloudfit.assess.cli;

import dev.cloudfit.assess.report.AssessmentPipeline;
import dev.cloudfit.core.units.Money;
import dev.cloudfit.reports.model.DiskRow;
import dev.cloudfit.reports.model.Fit;
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

    /** One disk of a VM in the JSON output. */
    record JsonDisk(String label, boolean osDisk, long provisionedGiB, String tier, String monthlyCost) {
    }

    /** One VM in the JSON output. */
    record JsonVm(String name, String vcenter, String moRef, String instanceUuid, String recommendedSize,
            List<JsonDisk> disks, Map<String, String> monthlyCost, String readiness, List<String> reasons,
            int confidence, String fit, String bindingConstraint) {
    }

    /** The JSON document. */
    record JsonResult(String priceSource, String currency, String region, int vms, List<JsonVm> results) {
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
        Money total = reference.monthly(o.report().finance());
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "VMs: %d assessed; ready %d (with conditions included), not ready %d, "
                + "unknown %d%n", vms.size(), ready, notReady, unknown));
        b.append(String.format(Locale.ROOT, "Fit: IaaS %d, AVS %d, not placed %d%n", iaas, avs, vms.size() - iaas - avs));
        b.append(String.format(Locale.ROOT, "Monthly %s total: %s %s over %d priced VMs (%d without a price)%n",
                reference.name(), total.amount().toPlainString(), total.currency().getCurrencyCode(),
                reference.pricedVms(), reference.missingPrices()));
        b.append("Prices: ").append(o.prices().describe());
        return b.toString();
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
                    d.monthlyCost().map(m -> m.amount().toPlainString()).orElse(null)));
        }
        List<JsonVm> out = new ArrayList<>();
        for (VmRow v : o.report().vms()) {
            Map<String, String> costs = new LinkedHashMap<>();
            v.monthlyCost().forEach((k, m) -> costs.put(k, m.map(x -> x.amount().toPlainString()).orElse(null)));
            out.add(new JsonVm(v.id().name(), v.id().vCenter(), v.id().moRef(), v.id().instanceUuid(),
                    v.recommendedSize().orElse(null), disks.getOrDefault(v.id().instanceUuid(), List.of()), costs,
                    v.readiness().label(), v.reasonCodes(), v.confidence().stars(), v.fit().label(),
                    v.bindingConstraint()));
        }
        return new JsonResult(o.prices().describe(), o.report().header().currency().getCurrencyCode(),
                o.report().header().regions().get(0), out.size(), out);
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
