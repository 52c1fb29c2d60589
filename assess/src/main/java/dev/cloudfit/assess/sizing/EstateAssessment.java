package dev.cloudfit.assess.sizing;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.sizing.avs.AvsDemandCalculator;
import dev.cloudfit.assess.sizing.avs.AvsSizer;
import dev.cloudfit.assess.sizing.fit.EstatePlanner;
import dev.cloudfit.assess.sizing.fit.FitDecider;
import dev.cloudfit.assess.sizing.fit.FitDecision;
import dev.cloudfit.assess.sizing.fit.FitRules;
import dev.cloudfit.assess.sizing.iaas.IaasSizer;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.price.PriceSource;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.sizing.settings.SizingCriterion;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One assessment run: every VM through IaaS sizing and the fit decision, then the estate comparison.
 * VMs are taken one at a time and their performance summary is asked for just then, so a store can
 * produce summaries lazily; templates are skipped. Not thread-safe (one run, one thread).
 *
 * <p>{@link Unmeasured} says what a performance-based run does with a VM that has no summary at all:
 * vCenter history falls back to the configured size and says so per counter (Azure Migrate's appliance
 * behaviour); an Azure Migrate CSV row without figures is sized as on-premises (issue 15, reference §1.6).
 */
public final class EstateAssessment {

    /** How a performance-based run sizes a VM without any performance summary. */
    public enum Unmeasured {
        /** Performance-based with the configured-size fallbacks ({@code perf.cpu-missing} ...). */
        FALL_BACK_PER_COUNTER,
        /** As on-premises: configured cores, memory and disk sizes in the as-on-premises disk type. */
        AS_ON_PREMISES
    }

    private final AssessmentSettings settings;
    private final IaasSizer iaas;
    private final FitDecider fit;
    private final IaasSizer iaasAsOnPremises;
    private final FitDecider fitAsOnPremises;
    private final EstatePlanner planner;

    public EstateAssessment(AzureCatalog catalog, PriceSource prices, AssessmentSettings settings, FitRules rules) {
        this(catalog, prices, settings, rules, Unmeasured.FALL_BACK_PER_COUNTER);
    }

    public EstateAssessment(AzureCatalog catalog, PriceSource prices, AssessmentSettings settings, FitRules rules,
            Unmeasured unmeasured) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.iaas = new IaasSizer(catalog, prices, settings);
        AvsSizer avsSizer = new AvsSizer(catalog, prices, settings);
        this.fit = new FitDecider(rules, new AvsDemandCalculator(settings), avsSizer.nodeTypes());
        if (unmeasured == Unmeasured.AS_ON_PREMISES && settings.criterion() == SizingCriterion.PERFORMANCE_BASED) {
            AssessmentSettings onPrem = settings.toBuilder().criterion(SizingCriterion.AS_ON_PREMISES).build();
            this.iaasAsOnPremises = new IaasSizer(catalog, prices, onPrem);
            this.fitAsOnPremises = new FitDecider(rules, new AvsDemandCalculator(onPrem), avsSizer.nodeTypes());
        } else {
            this.iaasAsOnPremises = iaas;
            this.fitAsOnPremises = fit;
        }
        this.planner = new EstatePlanner(avsSizer, settings.currency());
    }

    /** {@code perf} answers the summary of a VM, or empty when there is none (sized as "no data"). */
    public EstateResult assess(Iterable<Vm> vms, Function<Vm, Optional<PerfSummary>> perf) {
        List<FitDecision> decisions = new ArrayList<>();
        for (Vm vm : vms) {
            if (vm.template()) {
                continue;
            }
            Optional<PerfSummary> measured = perf.apply(vm);
            PerfSummary p = measured.orElseGet(() -> PerfSummary.none(vm.identity().key()));
            if (measured.isPresent()) {
                decisions.add(fit.decide(vm, p, iaas.size(vm, p)));
            } else {
                decisions.add(fitAsOnPremises.decide(vm, p, iaasAsOnPremises.size(vm, p)));
            }
        }
        return new EstateResult(decisions, planner.compare(decisions), settings.describe());
    }
}
