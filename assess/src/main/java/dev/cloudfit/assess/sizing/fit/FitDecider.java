package dev.cloudfit.assess.sizing.fit;

import dev.cloudfit.assess.catalog.AvsNodeSpec;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.sizing.avs.AvsDemand;
import dev.cloudfit.assess.sizing.avs.AvsDemandCalculator;
import dev.cloudfit.assess.sizing.iaas.IaasResult;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.readiness.Finding;
import dev.cloudfit.assess.sizing.readiness.Readiness;
import dev.cloudfit.assess.sizing.readiness.Severity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fit per VM, in this order: a matching fit rule (user rules first, then built-in) decides; a VM whose
 * configured size is unknown is NOT_READY; a VM Not ready for IaaS only because of disk IOPS or MB/s
 * stays NOT_READY (AVS does not make a disk faster); any other VM Not ready for IaaS goes to AVS (AVS runs
 * it unchanged), naming the IaaS blockers, unless it is larger than every AVS host in scope (configured
 * vCPUs above the host's logical cores or memory above its RAM: not AVS-ready, so NOT_READY); otherwise
 * IaaS (Ready or Ready with conditions).
 */
public final class FitDecider {

    /**
     * Blockers that only say the storage performance cannot be carried: moving the VM to AVS does not
     * make a disk faster, so such a VM stays Not ready instead of being sent to AVS.
     */
    static final Set<String> STORAGE_PERFORMANCE = Set.of("NoSuitableDiskSizeForIops", "NoSuitableDiskSizeForThroughput",
            "OneOrMoreDisksNotSuitable", "NoVmSizeSupportsStoragePerformance");

    private final FitRules rules;
    private final AvsDemandCalculator avsDemand;
    private final List<AvsNodeSpec> hosts;

    /** Without AVS host types: no VM is checked against a host's size. */
    public FitDecider(FitRules rules, AvsDemandCalculator avsDemand) {
        this(rules, avsDemand, List.of());
    }

    /** {@code hosts}: the AVS node types in scope; a VM no host of them holds is not AVS-ready. */
    public FitDecider(FitRules rules, AvsDemandCalculator avsDemand, List<AvsNodeSpec> hosts) {
        this.rules = rules;
        this.avsDemand = avsDemand;
        this.hosts = List.copyOf(hosts);
    }

    private boolean fitsAHost(Vm vm) {
        return hosts.isEmpty() || hosts.stream().anyMatch(h -> h.holdsVm(vm.vcpus(), vm.memory()));
    }

    private String largestHost() {
        AvsNodeSpec cores = hosts.stream().max(java.util.Comparator.comparingInt(AvsNodeSpec::logicalCores)).orElseThrow();
        AvsNodeSpec memory = hosts.stream().max(java.util.Comparator.comparing(AvsNodeSpec::memory)).orElseThrow();
        return "largest AVS host in scope: " + cores.logicalCores() + " logical cores (" + cores.name() + "), "
                + memory.memory() + " (" + memory.name() + ")";
    }

    public FitDecision decide(Vm vm, PerfSummary perf, IaasResult iaas) {
        Optional<AvsDemand> demand = vm.vcpus() > 0 && !vm.memory().isZero()
                ? Optional.of(avsDemand.demand(vm, perf)) : Optional.empty();
        String key = vm.identity().key();
        Optional<FitRule> rule = rules.firstMatch(vm);
        if (rule.isPresent()) {
            FitRule r = rule.get();
            if (r.target() == FitTarget.AVS && demand.isPresent()) {
                if (!fitsAHost(vm)) {
                    return new FitDecision(key, FitTarget.NOT_READY, true, Optional.of(r.id()), r.reason()
                            + ", but " + vm.vcpus() + " vCPUs / " + vm.memory() + " do not fit one AVS host ("
                            + largestHost() + "): not AVS-ready", iaas, demand);
                }
                return new FitDecision(key, FitTarget.AVS, true, Optional.of(r.id()), r.reason(), iaas, demand);
            }
            if (r.target() == FitTarget.IAAS && iaas.size().isPresent()) {
                return new FitDecision(key, FitTarget.IAAS, true, Optional.of(r.id()), r.reason(), iaas, demand);
            }
        }
        if (demand.isEmpty()) {
            return new FitDecision(key, FitTarget.NOT_READY, false, Optional.empty(),
                    "Configured vCPUs or memory unknown: cannot size for IaaS or AVS", iaas, demand);
        }
        if (iaas.readiness() == Readiness.NOT_READY || iaas.size().isEmpty()) {
            Set<String> codes = iaas.findings().stream().filter(f -> f.severity() == Severity.BLOCKER)
                    .map(Finding::code).collect(Collectors.toCollection(LinkedHashSet::new));
            String blockers = String.join(", ", codes);
            if (!codes.isEmpty() && STORAGE_PERFORMANCE.containsAll(codes)) {
                return new FitDecision(key, FitTarget.NOT_READY, false, Optional.empty(),
                        "Not ready: disk IOPS or MB/s that no allowed disk type carries (" + blockers
                                + "); AVS is not a remedy for that alone — allow Premium SSD v2 or Ultra (--disk-types)"
                                + " or spread the load", iaas, demand);
            }
            if (!fitsAHost(vm)) {
                return new FitDecision(key, FitTarget.NOT_READY, false, Optional.empty(),
                        "Not ready for Azure VMs" + (blockers.isEmpty() ? "" : " (" + blockers + ")") + ", and "
                                + vm.vcpus() + " vCPUs / " + vm.memory() + " do not fit one AVS host (" + largestHost()
                                + "): not AVS-ready either", iaas, demand);
            }
            return new FitDecision(key, FitTarget.AVS, false, Optional.empty(),
                    "Not ready for Azure VMs" + (blockers.isEmpty() ? "" : " (" + blockers + ")") + "; AVS runs it unchanged",
                    iaas, demand);
        }
        return new FitDecision(key, FitTarget.IAAS, false, Optional.empty(),
                switch (iaas.readiness()) {
                    case READY -> "Ready for Azure VMs";
                    case READY_WITH_CONDITIONS -> "Ready for Azure VMs with conditions";
                    default -> "Sized for Azure VMs; readiness unknown (see findings)";
                }, iaas, demand);
    }
}
