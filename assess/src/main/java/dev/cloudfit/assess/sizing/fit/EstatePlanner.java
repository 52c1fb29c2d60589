package dev.cloudfit.assess.sizing.fit;

import dev.cloudfit.assess.catalog.AvsNodeSpec;
import dev.cloudfit.assess.sizing.avs.AvsDemand;
import dev.cloudfit.assess.sizing.avs.AvsNodeResult;
import dev.cloudfit.assess.sizing.avs.AvsSizer;
import dev.cloudfit.assess.sizing.avs.HostLoad;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.core.units.Money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Compares placements of the whole estate.
 * <ul>
 * <li>all-IaaS: every IaaS-placeable VM on Azure VMs; VMs forced to AVS or not IaaS-ready are unplaced.</li>
 * <li>all-AVS: every sizeable VM one host of some node type can hold, on the cheapest priced buildable node type
 * (without prices: the fewest nodes); VMs larger than every host are unplaced.</li>
 * <li>cheapest mix, per priced node type: the VMs that must go to AVS, then a greedy fill — IaaS VMs in
 * order of IaaS price per share of a host they would take — added while the host count does not grow;
 * the rest on IaaS. All-AVS and (when nothing must go to AVS) all-IaaS are candidates too; the cheapest
 * complete candidate wins. The fill is a heuristic, not a proven optimum.</li>
 * </ul>
 */
public final class EstatePlanner {

    private final AvsSizer avs;
    private final Currency currency;

    public EstatePlanner(AvsSizer avs, Currency currency) {
        this.avs = avs;
        this.currency = currency;
    }

    public EstateComparison compare(List<FitDecision> decisions) {
        EstateScenario allIaas = allIaas(decisions);
        EstateScenario allAvs = allAvs(decisions);
        List<EstateScenario> candidates = new ArrayList<>();
        candidates.add(allAvs);
        if (decisions.stream().noneMatch(d -> d.target() == FitTarget.AVS)) {
            candidates.add(allIaas);
        }
        for (AvsNodeSpec node : avs.nodeTypes()) {
            candidates.add(mix(decisions, node));
        }
        EstateScenario best = candidates.stream()
                .filter(s -> s.total().isPresent() && s.unplaced().size() == notReady(decisions))
                .filter(s -> s.avs().map(a -> !a.blocked()).orElse(true))
                .min(Comparator.comparing((EstateScenario s) -> s.total().get()))
                .orElse(allAvs);
        return new EstateComparison(allIaas, allAvs, best, recommended(decisions));
    }

    /** Each VM where its fit decision puts it: IaaS targets on Azure VMs, AVS targets on one AVS cluster. */
    private EstateScenario recommended(List<FitDecision> decisions) {
        List<FitDecision> iaas = new ArrayList<>();
        List<FitDecision> onAvs = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        for (FitDecision d : decisions) {
            if (d.target() == FitTarget.IAAS && d.iaasPlaceable()) {
                iaas.add(d);
            } else if (d.target() == FitTarget.AVS && d.avsPlaceable()) {
                onAvs.add(d);
            } else {
                unplaced.add(d.vmKey());
            }
        }
        Optional<AvsNodeResult> cluster = onAvs.isEmpty() ? Optional.empty()
                : avs.sizeAll(onAvs.stream().map(d -> d.avsDemand().orElseThrow()).toList()).stream().findFirst();
        return scenario("recommended", iaas, onAvs, unplaced, cluster, true);
    }

    private static int notReady(List<FitDecision> decisions) {
        return (int) decisions.stream().filter(d -> !d.avsPlaceable() && !d.iaasPlaceable()).count();
    }

    private EstateScenario allIaas(List<FitDecision> decisions) {
        List<String> unplaced = decisions.stream().filter(d -> !d.iaasPlaceable()).map(FitDecision::vmKey).toList();
        return scenario("all-IaaS", decisions.stream().filter(FitDecision::iaasPlaceable).toList(), List.of(), unplaced,
                Optional.empty(), false);
    }

    private EstateScenario allAvs(List<FitDecision> decisions) {
        // a VM no node type in scope can hold (configured size above every host) stays off AVS
        List<FitDecision> onAvs = decisions.stream().filter(d -> d.avsPlaceable() && fitsSomeHost(d)).toList();
        List<String> unplaced = decisions.stream().filter(d -> !d.avsPlaceable() || !fitsSomeHost(d))
                .map(FitDecision::vmKey).toList();
        // the cheapest priced node type; without any AVS price, the one needing fewest nodes, so that
        // the node count is still shown (its total stays empty: unpriced is never zero)
        Optional<AvsNodeResult> cluster = avs.sizeAll(onAvs.stream().map(d -> d.avsDemand().orElseThrow()).toList())
                .stream().findFirst();
        return scenario("all-AVS", List.of(), onAvs, unplaced, cluster, true);
    }

    private EstateScenario mix(List<FitDecision> decisions, AvsNodeSpec node) {
        List<FitDecision> mustAvs = new ArrayList<>();
        List<FitDecision> iaas = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        for (FitDecision d : decisions) {
            if (d.target() == FitTarget.AVS && d.avsPlaceable()) {
                if (holds(node, d)) {
                    mustAvs.add(d);
                } else {
                    unplaced.add(d.vmKey()); // this node type cannot hold it, so this mix is incomplete
                }
            } else if (d.iaasPlaceable()) {
                iaas.add(d);
            } else {
                unplaced.add(d.vmKey());
            }
        }
        AvsDemand sum = sum(mustAvs.stream().map(d -> d.avsDemand().orElseThrow()).toList());
        int hosts = avs.load(sum.vcpus(), sum.memory(), sum.storage(), node).nodes();
        // price per host share: IaaS monthly ÷ the VM's share of one host (largest of CPU, memory, storage),
        // computed once per VM as a double (it only orders the fill; no money is computed from it)
        List<Ranked> ranked = new ArrayList<>();
        for (FitDecision d : iaas) {
            if (d.iaas().monthlyCost().isPresent() && d.avsDemand().isPresent() && holds(node, d)) {
                ranked.add(new Ranked(d, valuePerShare(d, node)));
            }
        }
        ranked.sort(Comparator.comparingDouble(Ranked::value).reversed().thenComparing(r -> r.decision().vmKey()));
        List<FitDecision> fillOrder = ranked.stream().map(Ranked::decision).toList();
        List<FitDecision> onAvs = new ArrayList<>(mustAvs);
        java.util.Set<FitDecision> moved = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (FitDecision d : fillOrder) {
            AvsDemand with = sum(List.of(sum, d.avsDemand().get()));
            if (avs.load(with.vcpus(), with.memory(), with.storage(), node).nodes() <= hosts) {
                sum = with;
                onAvs.add(d);
                moved.add(d);
            }
        }
        List<FitDecision> stayIaas = iaas.stream().filter(d -> !moved.contains(d)).toList();
        if (onAvs.isEmpty()) {
            return scenario("mix-" + node.name(), stayIaas, List.of(), unplaced, Optional.empty(), false);
        }
        AvsNodeResult cluster = avs.size(onAvs.stream().map(d -> d.avsDemand().orElseThrow()).toList(), node);
        return scenario("mix-" + node.name(), stayIaas, onAvs, unplaced, Optional.of(cluster), true);
    }

    private boolean fitsSomeHost(FitDecision d) {
        return avs.nodeTypes().stream().anyMatch(n -> holds(n, d));
    }

    /** Whether one host of {@code node} holds the VM's configured size (a VM larger than a host is not AVS-ready). */
    private static boolean holds(AvsNodeSpec node, FitDecision d) {
        AvsDemand a = d.avsDemand().orElseThrow();
        return node.holdsVm(a.configuredVcpus(), a.configuredMemory());
    }

    private double valuePerShare(FitDecision d, AvsNodeSpec node) {
        AvsDemand demand = d.avsDemand().get();
        HostLoad alone = avs.load(demand.vcpus(), demand.memory(), demand.storage(), node);
        double share = Math.max(alone.cpuHosts(), Math.max(alone.memoryHosts(), alone.storageHosts()));
        double cost = d.iaas().monthlyCost().get().amount().doubleValue();
        return share <= 0 ? cost : cost / share;
    }

    /** A VM with its fill key: IaaS price per host share. */
    private record Ranked(FitDecision decision, double value) {
    }

    private static AvsDemand sum(List<AvsDemand> demands) {
        double vcpus = 0;
        DataSize memory = DataSize.ZERO;
        DataSize storage = DataSize.ZERO;
        for (AvsDemand d : demands) {
            vcpus += d.vcpus();
            memory = memory.plus(d.memory());
            storage = storage.plus(d.storage());
        }
        return new AvsDemand("sum", vcpus, memory, storage, 0, DataSize.ZERO);
    }

    private EstateScenario scenario(String name, List<FitDecision> iaas, List<FitDecision> onAvs, List<String> unplaced,
                                    Optional<AvsNodeResult> cluster, boolean needsAvs) {
        Money iaasMonthly = Money.zero(currency);
        int unpriced = 0;
        for (FitDecision d : iaas) {
            if (d.iaas().monthlyCost().isPresent()) {
                iaasMonthly = iaasMonthly.plus(d.iaas().monthlyCost().get());
            } else {
                unpriced++;
            }
        }
        Optional<Money> total = Optional.empty();
        boolean avsPriced = !needsAvs || onAvs.isEmpty() || cluster.flatMap(AvsNodeResult::monthlyCost).isPresent();
        if (unpriced == 0 && avsPriced) {
            Money t = iaasMonthly;
            if (needsAvs && !onAvs.isEmpty()) {
                t = t.plus(cluster.get().monthlyCost().get());
            }
            total = Optional.of(t);
        }
        return new EstateScenario(name, iaas.stream().map(FitDecision::vmKey).toList(),
                onAvs.stream().map(FitDecision::vmKey).toList(), unplaced, iaasMonthly, unpriced,
                onAvs.isEmpty() ? Optional.empty() : cluster, total);
    }
}
