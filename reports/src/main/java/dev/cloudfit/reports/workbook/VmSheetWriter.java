package dev.cloudfit.reports.workbook;

import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.reports.model.Fit;
import dev.cloudfit.reports.model.ScenarioRow;
import dev.cloudfit.reports.model.UtilisationFigure;
import dev.cloudfit.reports.model.VmRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The VMs sheet, streamed: one row per VM with identity, inventory, utilisation (each percentile
 * next to its basis), the recommended size and why, the runner-up and its price delta, the
 * monthly cost in every scenario ("missing" when there is no price, "n/a (AVS)" or "n/a (Not ready)"
 * when the VM is not placed on IaaS), readiness, confidence and fit.
 */
final class VmSheetWriter {

    private static final List<String> LEADING = List.of("VM", "vCenter", "MoRef", "Instance UUID", "Power state",
            "Operating system", "Cluster", "vCPUs", "Memory", "Storage", "CPU utilisation", "CPU basis",
            "Memory utilisation", "Memory basis", "Recommended size", "Binding constraint", "Runner-up size",
            "Runner-up delta (monthly)");
    private static final List<String> TRAILING = List.of("Readiness", "Reason codes", "Confidence", "Fit");

    /**
     * Columns for tools and the curious, collapsed (and so not printed) until expanded: identity keys, the
     * utilisation basis in words, the runner-up, and every scenario but the reference.
     */
    private static final Set<String> DETAIL = Set.of("vCenter", "MoRef", "Instance UUID", "CPU basis",
            "Memory basis", "Runner-up size", "Runner-up delta (monthly)");

    private final Styles styles;

    VmSheetWriter(Styles styles) {
        this.styles = styles;
    }

    /** The column {@code --backtest} adds after the others: held-out samples over the backtest size's capacity. */
    static final String BACKTEST = "Backtest: held-out samples over capacity";

    void write(Sheet sheet, List<VmRow> vms, List<ScenarioRow> scenarios) {
        write(sheet, vms, scenarios, java.util.Optional.empty());
    }

    void write(Sheet sheet, List<VmRow> vms, List<ScenarioRow> scenarios,
            java.util.Optional<dev.cloudfit.reports.model.Backtest> backtest) {
        List<String> headers = new ArrayList<>(LEADING);
        scenarios.forEach(s -> headers.add("Monthly, " + ScenarioTitles.of(s.name())));
        headers.addAll(TRAILING);
        java.util.Map<String, dev.cloudfit.reports.model.BacktestVm> tested = new java.util.HashMap<>();
        backtest.ifPresent(b -> b.vms().forEach(v -> tested.put(v.id().instanceUuid(), v)));
        if (backtest.isPresent()) {
            headers.add(BACKTEST);
        }
        int backtestColumn = LEADING.size() + scenarios.size() + TRAILING.size();
        Table t = new Table(sheet, styles, 0, headers);
        int costStart = LEADING.size();
        int readinessColumn = costStart + scenarios.size();
        for (VmRow vm : vms) {
            t.newRow();
            t.text(0, vm.id().name());
            t.text(1, vm.id().vCenter());
            t.text(2, vm.id().moRef());
            t.text(3, vm.id().instanceUuid());
            t.text(4, PowerStateWords.of(vm.powerState()));
            t.text(5, vm.operatingSystem());
            t.text(6, vm.cluster());
            t.integer(7, vm.vcpus());
            gib(t, 8, vm.memory());
            gib(t, 9, vm.storage());
            utilisation(t, 10, vm.cpu(), "CPU");
            utilisation(t, 12, vm.memoryUse(), "memory");
            t.text(14, vm.recommendedSize().orElse("none"));
            t.text(15, vm.bindingConstraint());
            t.text(16, vm.runnerUpSize().orElse(""));
            if (vm.runnerUpDelta().isPresent()) {
                t.money(17, vm.runnerUpDelta().get());
            }
            for (int i = 0; i < scenarios.size(); i++) {
                var cost = vm.costIn(scenarios.get(i).name());
                if (cost.isEmpty() && vm.fit() != Fit.IAAS) {
                    // not on IaaS, so no IaaS price was looked for: not the same as a missing price
                    t.text(costStart + i, "n/a (" + vm.fit().label() + ")", styles.missing);
                } else {
                    t.money(costStart + i, cost);
                }
            }
            t.text(readinessColumn, vm.readiness().label());
            t.text(readinessColumn + 1, String.join(", ", vm.reasonCodes()));
            t.text(readinessColumn + 2, vm.confidence().display());
            t.text(readinessColumn + 3, vm.fit().label());
            if (backtest.isPresent()) {
                var b = tested.get(vm.id().instanceUuid());
                if (b == null) {
                    t.text(backtestColumn, "not tested", styles.missing);
                } else {
                    t.text(backtestColumn, b.describe(), !b.tested() ? styles.missing
                            : b.over() > 0 ? styles.warning : styles.text);
                }
            }
        }
        ReadinessColours.apply(sheet, readinessColumn, t.firstDataRow(), t.lastRow());
        t.finish();
        String reference = scenarios.isEmpty() ? "" : "Monthly, " + ScenarioTitles.of(scenarios.get(0).name());
        PageSetup.keyColumnsOnly(sheet, headers,
                h -> DETAIL.contains(h) || h.startsWith("Monthly, ") && !h.equals(reference), t.lastRow());
    }

    private void gib(Table t, int column, DataSize size) {
        t.quantity(column, size.toGibibytes(), styles.gib, 4);
    }

    /** The percentile as a number (for filters and sorting) and, beside it, in words with its basis. */
    private void utilisation(Table t, int column, Optional<UtilisationFigure> figure, String counter) {
        if (figure.isEmpty()) {
            t.text(column, Table.MISSING, styles.missing);
            t.text(column + 1, "no data: sized as configured");
            return;
        }
        UtilisationFigure f = figure.get();
        t.number(column, f.value().fraction(), styles.percent, 7);
        t.text(column + 1, f.describe(counter));
    }
}
