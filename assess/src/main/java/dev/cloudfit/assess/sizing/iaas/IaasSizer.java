package dev.cloudfit.assess.sizing.iaas;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.sizing.disk.DiskChoice;
import dev.cloudfit.assess.sizing.disk.DiskNeed;
import dev.cloudfit.assess.sizing.disk.DiskOutcome;
import dev.cloudfit.assess.sizing.disk.DiskSizer;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.perf.Stars;
import dev.cloudfit.assess.sizing.price.PriceOs;
import dev.cloudfit.assess.sizing.price.PriceSource;
import dev.cloudfit.assess.sizing.readiness.Finding;
import dev.cloudfit.assess.sizing.readiness.Readiness;
import dev.cloudfit.assess.sizing.readiness.ReadinessRules;
import dev.cloudfit.assess.sizing.readiness.Severity;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.sizing.settings.SizingCriterion;
import dev.cloudfit.core.units.Money;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sizes VMs for Azure IaaS (METHOD "Sizing an Azure VM"): readiness rules, needs, disks first, then the
 * cheapest size in scope meeting every {@link Constraint}. Nothing fits: Not ready with the constraint's
 * code, no size and no cost. One instance per run and thread: the candidate list and prices are
 * looked up once, lazily, and cached.
 */
public final class IaasSizer {

    private final AssessmentSettings settings;
    private final ReadinessRules rules;
    private final NeedsCalculator needsCalculator;
    private final DiskSizer diskSizer;
    private final Map<PriceOs, VmCandidates> candidates = new EnumMap<>(PriceOs.class);
    private final AzureCatalog catalog;
    private final PriceSource prices;

    public IaasSizer(AzureCatalog catalog, PriceSource prices, AssessmentSettings settings) {
        this(catalog, prices, settings, ReadinessRules.standard());
    }

    public IaasSizer(AzureCatalog catalog, PriceSource prices, AssessmentSettings settings, ReadinessRules rules) {
        this.catalog = catalog;
        this.prices = prices;
        this.settings = settings;
        this.rules = rules;
        this.needsCalculator = new NeedsCalculator(settings);
        this.diskSizer = new DiskSizer(catalog, prices, settings);
    }

    public VmCandidates candidates(PriceOs os) {
        return candidates.computeIfAbsent(os, o -> VmCandidates.build(catalog, prices, settings, o));
    }

    public IaasResult size(Vm vm, PerfSummary perf) {
        if (!perf.vmKey().equals(vm.identity().key())) {
            throw new IllegalArgumentException("performance summary of " + perf.vmKey() + " given for VM " + vm.identity().key());
        }
        List<Finding> findings = new ArrayList<>(rules.check(vm));
        boolean perfBased = settings.criterion() == SizingCriterion.PERFORMANCE_BASED;
        Optional<Stars> confidence = perfBased ? perf.confidence() : Optional.empty();
        if (vm.vcpus() <= 0 || vm.memory().isZero() || has(findings, Severity.BLOCKER)) {
            return result(vm, findings, Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), confidence);
        }
        NeedsCalculator.Result nr = needsCalculator.compute(vm, perf);
        findings.addAll(nr.findings());
        VmNeeds needs = nr.needs();

        List<DiskChoice> disks = new ArrayList<>();
        boolean disksOk = true;
        for (DiskNeed dn : needs.disks()) {
            DiskOutcome out = diskSizer.size(dn);
            findings.addAll(out.findings());
            out.choice().ifPresent(disks::add);
            disksOk &= out.choice().isPresent();
        }
        if (!disksOk) {
            findings.add(Finding.of("azure.disk.unsuitable", "OneOrMoreDisksNotSuitable", Severity.BLOCKER,
                    "One or more disks have no suitable managed disk", "See the disk findings"));
            return result(vm, findings, Optional.of(needs), disks, Optional.empty(), Optional.empty(), Optional.empty(), confidence);
        }
        boolean premium = disks.stream().anyMatch(DiskChoice::needsPremiumStorage);

        VmCandidates scope = candidates(PriceOs.of(vm.guestOs()));
        Demand demand = Demand.of(needs, premium);
        List<VmCandidate> ordered = scope.ordered();
        int chosenAt = -1;
        VmCandidate nearestCheaperRejected = null;
        for (int i = 0; i < ordered.size(); i++) {
            VmCandidate c = ordered.get(i);
            if (c.limits().fits(demand)) {
                chosenAt = i;
                break;
            }
            if (c.monthly().isPresent()) {
                nearestCheaperRejected = c;
            }
        }
        if (chosenAt < 0) {
            findings.add(noFit(scope, needs, premium));
            return result(vm, findings, Optional.of(needs), disks, Optional.empty(), Optional.empty(), Optional.empty(), confidence);
        }
        VmCandidate chosen = ordered.get(chosenAt);
        if (chosen.monthly().isEmpty()) {
            findings.add(Finding.of("price.vm-missing", "CannotReportComputeCost", Severity.INFO,
                    "No fitting size has a price in " + settings.region() + "; the smallest fitting size is shown without cost",
                    "Refresh the price snapshot or choose another region"));
        } else {
            long unpricedFits = ordered.stream().skip(chosenAt + 1)
                    .filter(c -> c.monthly().isEmpty() && c.limits().fits(demand)).count();
            if (unpricedFits > 0) {
                findings.add(Finding.of("price.vm-candidates-unpriced", "CannotReportComputeCost", Severity.INFO,
                        unpricedFits + " fitting size(s) have no price in " + settings.region() + " and were not compared",
                        "Refresh the price snapshot"));
            }
        }
        if (chosen.regionUnknown()) {
            findings.add(Finding.of("region.availability-unknown", "RegionAvailabilityUnknown", Severity.CONDITION,
                    chosen.spec().name() + " is not known to be offered in " + settings.region(),
                    "Check availability with 'az vm list-skus -l " + settings.region() + "' before deploying"));
        }

        ChosenSize size = new ChosenSize(chosen.spec().name(), chosen.spec().series(), chosen.spec().vcpus(),
                chosen.spec().memory(), chosen.monthly());
        BindingConstraint binding = binding(chosen, nearestCheaperRejected, needs, premium);
        Optional<RunnerUp> runnerUp = Optional.empty();
        for (int i = chosenAt + 1; i < ordered.size(); i++) {
            VmCandidate c = ordered.get(i);
            if (c.limits().fits(demand)) {
                Optional<Money> delta = c.monthly().flatMap(m -> chosen.monthly().map(m::minus));
                runnerUp = Optional.of(new RunnerUp(c.spec().name(), c.spec().vcpus(), c.monthly(), delta));
                break;
            }
        }
        return result(vm, findings, Optional.of(needs), disks, Optional.of(size), Optional.of(binding), runnerUp, confidence);
    }

    private BindingConstraint binding(VmCandidate chosen, VmCandidate rejected, VmNeeds needs, boolean premium) {
        SizeCheck.Tightest t = SizeCheck.tightest(chosen.spec(), needs);
        if (rejected == null) {
            return new BindingConstraint(Optional.empty(), Optional.empty(), List.of(), t.constraint(), t.use(),
                    chosen.spec().name() + " is the cheapest size in scope that fits; tightest: " + t.constraint().label()
                            + String.format(java.util.Locale.ROOT, " at %.0f %%", t.use() * 100));
        }
        List<Constraint> failed = SizeCheck.failures(rejected.spec(), needs, premium);
        String why = (chosen.monthly().isEmpty() ? "No priced size fits; the dearest priced one, " : "")
                + rejected.spec().name() + " (" + rejected.monthly().map(Money::toString).orElse("no price")
                + " a month) " + SizeCheck.shortfall(rejected.spec(), needs, failed.get(0));
        return new BindingConstraint(Optional.of(rejected.spec().name()), rejected.monthly(), failed, t.constraint(), t.use(), why);
    }

    private Finding noFit(VmCandidates scope, VmNeeds needs, boolean premium) {
        if (scope.inSeries() == 0) {
            return Finding.of("azure.compute.no-size-in-series", "NoVmSizeInSelectedFamilyFound", Severity.BLOCKER,
                    "No size in the allowed series " + settings.seriesAllowList(), "Widen the series allow-list");
        }
        if (scope.ordered().isEmpty()) {
            return Finding.of("azure.compute.no-size-in-region", "NoVmSizeForSelectedAzureLocation", Severity.BLOCKER,
                    "No size in scope is offered in " + settings.region(), "Choose another region or widen the series allow-list");
        }
        for (Constraint c : Constraint.values()) {
            boolean anyMeets = scope.ordered().stream().anyMatch(v -> SizeCheck.meets(v.spec(), needs, premium, c));
            if (!anyMeets) {
                return Finding.of("azure.compute.no-size-for-" + c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                        c.azureMigrateCode(), Severity.BLOCKER,
                        "No size in scope meets the " + c.label() + " need " + needLabel(needs, c),
                        remedy(c));
            }
        }
        return Finding.of("azure.compute.no-size-for-combination", "NoSuitableVmSizeFound", Severity.BLOCKER,
                "Each need is met by some size, but no single size in scope meets all of them together",
                "Widen the series allow-list, allow other disk types, or review the comfort factor");
    }

    private static String needLabel(VmNeeds n, Constraint c) {
        return switch (c) {
            case CPU -> String.format(java.util.Locale.ROOT, "(%.2f vCPUs)", n.cores());
            case MEMORY -> "(" + n.memory() + ")";
            case DATA_DISKS -> "(" + n.dataDisks() + " data disks)";
            case DISK_IOPS -> String.format(java.util.Locale.ROOT, "(%.0f IOPS)", n.totalIops());
            case DISK_MBPS -> String.format(java.util.Locale.ROOT, "(%.1f MB/s)", n.totalMbps());
            case NICS -> "(" + n.nics() + " NICs)";
            case NETWORK -> "(" + n.network().map(Object::toString).orElse("-") + ")";
            case GENERATION -> "(generation " + n.generation() + ")";
            case PREMIUM_STORAGE -> "(premium disks)";
        };
    }

    private static String remedy(Constraint c) {
        return switch (c) {
            case CPU, MEMORY -> "Review the comfort factor and percentile, or split the workload";
            case DATA_DISKS -> "Consolidate volumes onto fewer disks";
            case DISK_IOPS, DISK_MBPS -> "Spread the load over fewer, faster disks, or allow larger series";
            case NICS -> "Consolidate network adapters";
            case NETWORK -> "Reduce outbound throughput or allow network-optimised series";
            case GENERATION -> "Allow series that support the VM's generation, or convert the boot type";
            case PREMIUM_STORAGE -> "Allow premium-capable series (names with 's'), or Standard disk types";
        };
    }

    private IaasResult result(Vm vm, List<Finding> findings, Optional<VmNeeds> needs, List<DiskChoice> disks,
                              Optional<ChosenSize> size, Optional<BindingConstraint> binding, Optional<RunnerUp> runnerUp,
                              Optional<Stars> confidence) {
        Optional<Money> cost = Optional.empty();
        if (size.isPresent() && size.get().computeMonthly().isPresent()
                && disks.stream().allMatch(d -> d.monthly().isPresent())) {
            Money total = size.get().computeMonthly().get();
            for (DiskChoice d : disks) {
                total = total.plus(d.monthly().get());
            }
            cost = Optional.of(total);
        }
        return new IaasResult(vm.identity().key(), vm.name(), Readiness.of(findings), findings, needs, disks, size,
                binding, runnerUp, cost, confidence);
    }

    private static boolean has(List<Finding> findings, Severity severity) {
        return findings.stream().anyMatch(f -> f.severity() == severity);
    }
}
