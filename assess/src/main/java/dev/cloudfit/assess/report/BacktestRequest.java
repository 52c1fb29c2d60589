package dev.cloudfit.assess.report;

import dev.cloudfit.assess.backtest.HeldOutCheck;
import dev.cloudfit.assess.backtest.SizeCapacity;
import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.catalog.VmSizeName;
import dev.cloudfit.assess.catalog.VmSizeSpec;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.sizing.EstateAssessment;
import dev.cloudfit.assess.sizing.EstateResult;
import dev.cloudfit.assess.sizing.fit.FitDecision;
import dev.cloudfit.assess.sizing.fit.FitRules;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.price.PriceSource;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.workspace.TimeRange;
import dev.cloudfit.assess.workspace.Workspace;
import dev.cloudfit.assess.workspace.perf.HeldOutSamples;
import dev.cloudfit.assess.workspace.perf.SummaryWindow;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.reports.model.Backtest;
import dev.cloudfit.reports.model.BacktestVm;
import dev.cloudfit.reports.model.VmRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code assess --backtest}: on an open workspace, sizes every VM on the settings' window of history ending where
 * the held-out period (the last {@code holdout} of the history) begins, with the same settings and prices as the
 * assessment, then counts per VM the held-out samples over the chosen size's capacity ({@link HeldOutCheck}).
 * A VM without history before the held-out period, without held-out samples, or not given an Azure size by the
 * backtest sizing is listed as not tested, with the reason.
 */
public final class BacktestRequest {

    private final Workspace workspace;
    private final Duration holdout;

    public BacktestRequest(Workspace workspace, Duration holdout) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.holdout = Objects.requireNonNull(holdout, "holdout");
        if (holdout.isNegative() || holdout.isZero()) {
            throw new IllegalArgumentException("the held-out period must be positive");
        }
    }

    Backtest run(Inventory inventory, AzureCatalog catalog, PriceSource prices, AssessmentSettings settings,
            List<VmRow> rows, EstateAssessment.Unmeasured unmeasured) {
        Instant end = workspace.summaries().historyEnd().orElseThrow(() -> new BadInputException(
                InputLocation.of(workspace.folder()), "--backtest: the workspace holds no performance history"));
        Instant split = end.minus(holdout);
        SummaryWindow training = SummaryWindow.ending(split, settings.window());
        Map<String, PerfSummary> perf = new HashMap<>();
        workspace.summaries().forEachVm(training, s -> {
            PerfSummary p = PerfAdapter.toSizing(s, settings.percentile(), settings.window());
            if (p.counters().findAny().isPresent()) {
                perf.put(s.vmKey(), p);
            }
        });
        // sized only where there is history before the held-out period: others are "not tested", not as-configured
        List<Vm> measured = inventory.vms().stream().filter(v -> perf.containsKey(v.identity().key())).toList();
        EstateResult result = new EstateAssessment(catalog, prices, settings, FitRules.builtIn(), unmeasured)
                .assess(measured, vm -> Optional.ofNullable(perf.get(vm.identity().key())));
        Map<String, FitDecision> decisions = new HashMap<>();
        result.decisions().forEach(d -> decisions.put(d.vmKey(), d));
        Map<String, Vm> byKey = new HashMap<>();
        inventory.vms().forEach(v -> byKey.put(v.identity().key(), v));
        Map<String, BacktestVm> tested = new HashMap<>();
        workspace.heldOutSamples().forEachVm(new TimeRange(split, end), points -> {
            Vm vm = byKey.get(points.vmKey());
            FitDecision d = decisions.get(points.vmKey());
            if (vm == null || d == null || d.iaas().size().isEmpty()) {
                return;
            }
            Optional<VmSizeSpec> spec = catalog.vmSize(VmSizeName.of(d.iaas().size().get().name().value()));
            spec.ifPresent(s -> tested.put(points.vmKey(),
                    HeldOutCheck.check(VmRowMapper.identity(vm), new SizeCapacity(vm, s), points)));
        });
        String days = days(holdout);
        List<BacktestVm> out = new ArrayList<>();
        Map<String, VmRow> rowByUuid = new LinkedHashMap<>();
        rows.forEach(r -> rowByUuid.put(r.id().instanceUuid(), r));
        for (Vm vm : inventory.vms()) {
            String key = vm.identity().key();
            var id = VmRowMapper.identity(vm);
            if (!rowByUuid.containsKey(id.instanceUuid())) {
                continue;
            }
            if (tested.containsKey(key)) {
                out.add(tested.get(key));
            } else if (!perf.containsKey(key)) {
                out.add(BacktestVm.notTested(id, "too little history: no samples in the "
                        + days(settings.window()) + " before the held-out " + days));
            } else if (decisions.get(key) == null || decisions.get(key).iaas().size().isEmpty()) {
                out.add(BacktestVm.notTested(id, "the backtest sizing found no Azure size"));
            } else {
                out.add(BacktestVm.notTested(id, "no samples in the held-out " + days));
            }
        }
        return new Backtest(days + " (" + split.toString().substring(0, 10) + " to " + end.toString().substring(0, 10)
                + ")", "up to " + days(settings.window()) + " of history before it", settings.percentile().toString(),
                settings.comfortFactor(), out);
    }

    /** "7 days", "1 day", or hours when not whole days. */
    static String days(Duration d) {
        if (d.toHoursPart() == 0 && d.toMinutesPart() == 0 && d.toSecondsPart() == 0) {
            return d.toDays() + (d.toDays() == 1 ? " day" : " days");
        }
        return d.toHours() + " hours";
    }
}
