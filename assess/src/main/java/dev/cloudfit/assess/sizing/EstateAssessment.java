package dev.cloudfit.assess.sizing;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.sizing.avs.AvsDemandCalculator;
import dev.cloudfit.assess.sizing.avs.AvsSizer;
import dev.cloudfit.assess.sizing.fit.EstatePlanner;
import dev.cloudfit.assess.sizing.fit.FitDecider;
import dev.cloudfit.assess.sizing.fit.FitDecision;
import dev.cloudfit.assess.sizing.fit.FitRules;
import dev.cloudfit.assess.sizing.iaas.IaasResult;
import dev.cloudfit.assess.sizing.iaas.IaasSizer;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.price.PriceSource;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One assessment run: every VM through IaaS sizing and the fit decision, then the estate comparison.
 * VMs are taken one at a time and their performance summary is asked for just then, so a store can
 * produce summaries lazily; templates are skipped. Not thread-safe (one run, one thread).
 */
public final class EstateAssessment {

    private final AssessmentSettings settings;
    private final IaasSizer iaas;
    private final FitDecider fit;
    private final EstatePlanner planner;

    public EstateAssessment(AzureCatalog catalog, PriceSource prices, AssessmentSettings settings, FitRules rules) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.iaas = new IaasSizer(catalog, prices, settings);
        this.fit = new FitDecider(rules, new AvsDemandCalculator(settings));
        this.planner = new EstatePlanner(new AvsSizer(catalog, prices, settings), settings.currency());
    }

    /** {@code perf} answers the summary of a VM, or empty when there is none (sized as "no data"). */
    public EstateResult assess(Iterable<Vm> vms, Function<Vm, Optional<PerfSummary>> perf) {
        List<FitDecision> decisions = new ArrayList<>();
        for (Vm vm : vms) {
            if (vm.template()) {
                continue;
            }
            PerfSummary p = perf.apply(vm).orElseGet(() -> PerfSummary.none(vm.identity().key()));
            IaasResult r = iaas.size(vm, p);
            decisions.add(fit.decide(vm, p, r));
        }
        return new EstateResult(decisions, planner.compare(decisions), settings.describe());
    }
}
