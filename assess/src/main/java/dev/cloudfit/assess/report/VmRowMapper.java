package dev.cloudfit.assess.report;

import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.sizing.fit.FitDecision;
import dev.cloudfit.assess.sizing.fit.FitTarget;
import dev.cloudfit.assess.sizing.iaas.BindingConstraint;
import dev.cloudfit.assess.sizing.iaas.IaasResult;
import dev.cloudfit.assess.sizing.perf.CounterSummary;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.readiness.Finding;
import dev.cloudfit.core.units.Money;
import dev.cloudfit.core.units.Percentage;
import dev.cloudfit.reports.model.Confidence;
import dev.cloudfit.reports.model.Fit;
import dev.cloudfit.reports.model.Readiness;
import dev.cloudfit.reports.model.UtilisationFigure;
import dev.cloudfit.reports.model.VmIdentity;
import dev.cloudfit.reports.model.VmRow;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One VM of the inventory and its sizing decision as a row of the VMs sheet. */
final class VmRowMapper {

    /** The text the binding-constraint column starts with when no performance data was used. */
    static final String AS_ON_PREMISES = "as on-premises (no performance data)";

    /** The basis shown for an Azure Migrate CSV's utilisation figure. */
    static final String SINGLE_FIGURE = "single figure from the CSV, no history";

    private VmRowMapper() {
    }

    static VmIdentity identity(Vm vm) {
        var id = vm.identity();
        String uuid = blank(id.instanceUuid()) ? noUuid(id) : id.instanceUuid();
        return new VmIdentity(id.name(), id.vcenter(), id.vmId(), uuid);
    }

    /**
     * What the Instance UUID column holds when the source has none: says so, then the most specific
     * identity known ({@code no UUID: vc01/vm-1001}, {@code no UUID: vm-1001}, {@code no UUID: web01}),
     * unique like the VM's key, never a bare {@code /vm-1001}.
     */
    static String noUuid(dev.cloudfit.assess.inventory.VmIdentity id) {
        String known;
        if (!blank(id.vmId())) {
            known = blank(id.vcenter()) ? id.vmId() : id.vcenter() + "/" + id.vmId();
        } else {
            known = id.name();
        }
        return "no UUID: " + known;
    }

    /** The sizing's stars, one fewer when the disk sizes are estimates (no per-disk facts in the source). */
    static int confidence(int stars, Vm vm) {
        boolean estimatedDisks = vm.disks().stream().anyMatch(dev.cloudfit.assess.inventory.Disk::estimated);
        return Math.max(1, Math.min(5, estimatedDisks ? stars - 1 : stars));
    }

    /** {@code costs}: the VM's monthly cost per scenario name, reference scenario first, from the pricing engine. */
    static VmRow row(Vm vm, FitDecision d, Optional<PerfSummary> perf, Map<String, Optional<Money>> costs) {
        IaasResult r = d.iaas();
        boolean measured = perf.map(p -> p.cpu().isPresent() || p.memory().isPresent()).orElse(false);
        return new VmRow(identity(vm),
                powerState(vm.powerState()),
                vm.guestOs() == null ? "" : orEmpty(vm.guestOs().bestName()),
                vm.vcpus(), vm.memory(), vm.diskCapacity(),
                vm.placement() == null ? "" : orEmpty(vm.placement().cluster()),
                perf.flatMap(PerfSummary::cpu).map(VmRowMapper::figure),
                perf.flatMap(PerfSummary::memory).map(VmRowMapper::figure),
                r.size().map(s -> s.name().value()),
                binding(r.binding(), measured),
                r.runnerUp().map(u -> u.size().value()),
                r.runnerUp().flatMap(u -> u.monthlyDelta()),
                costs,
                readiness(r.readiness()),
                r.findings().stream().map(Finding::id).distinct().toList(),
                r.confidence().map(s -> new Confidence(confidence(s.value(), vm))).orElse(Confidence.NOT_RATED),
                fit(d.target()));
    }

    /** As vSphere and RVTools spell it ("poweredOn"), which is what the admins reading the sheet know. */
    static String powerState(dev.cloudfit.assess.inventory.PowerState p) {
        if (p == null) {
            return "";
        }
        return switch (p) {
            case POWERED_ON -> "poweredOn";
            case POWERED_OFF -> "poweredOff";
            case SUSPENDED -> "suspended";
            case UNKNOWN -> "unknown";
        };
    }

    static String binding(Optional<BindingConstraint> b, boolean measured) {
        String text = b.map(c -> c.primary().label()).orElse("");
        if (measured) {
            return text;
        }
        return text.isEmpty() ? AS_ON_PREMISES : AS_ON_PREMISES + "; " + text;
    }

    static UtilisationFigure figure(CounterSummary c) {
        double v = Math.max(0, Math.min(100, Math.round(c.value() * 10) / 10.0));
        if (c.isSingleFigure()) {
            return UtilisationFigure.singleFigure(Percentage.of(v), SINGLE_FIGURE);
        }
        return new UtilisationFigure(c.percentile().value(), Percentage.of(v), basis(c.window(), c.interval()));
    }

    static String basis(Duration window, Duration interval) {
        return window.toDays() + " days at " + (interval.toMinutes() % 60 == 0
                ? interval.toHours() + " h" : interval.toMinutes() + " min");
    }

    static Readiness readiness(dev.cloudfit.assess.sizing.readiness.Readiness r) {
        return switch (r) {
            case READY -> Readiness.READY;
            case READY_WITH_CONDITIONS -> Readiness.READY_WITH_CONDITIONS;
            case NOT_READY -> Readiness.NOT_READY;
            case UNKNOWN -> Readiness.UNKNOWN;
        };
    }

    static Fit fit(FitTarget t) {
        return switch (t) {
            case IAAS -> Fit.IAAS;
            case AVS -> Fit.AVS;
            default -> Fit.NOT_READY;
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static List<String> diskTypes(IaasResult r) {
        return r.disks().stream().map(c -> c.tier()).toList();
    }
}
