package dev.cloudfit.assess.sizing.avs;

import dev.cloudfit.assess.catalog.AvsNodeSpec;
import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.sizing.price.PriceSource;
import dev.cloudfit.assess.sizing.readiness.Finding;
import dev.cloudfit.assess.sizing.readiness.Severity;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.sizing.settings.AvsSettings;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.core.units.Money;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * AVS host counts (reference §7.4): per node type,
 * <ul>
 * <li>CPU hosts = (Σ vCPU demand + management vCPUs) ÷ (physical cores × oversubscription);</li>
 * <li>memory hosts = (Σ memory + management) ÷ (host RAM × overcommit);</li>
 * <li>storage hosts = (Σ storage + management) × FTT multiplier ÷ dedupe/compression ÷ (raw vSAN capacity × (1 − slack));</li>
 * <li>nodes = max of the three rounded up and the FTT policy's minimum hosts.</li>
 * </ul>
 * The limiting factor is the resource needing the most hosts, also when the policy minimum decides.
 * AV64 never stands alone: it is sized with a first cluster of another type ({@link #withBaseCluster}).
 * Every VM must fit one host; a VM larger than a host blocks that node type's result.
 */
public final class AvsSizer {

    /** Hosts per cluster (reference §7.1). */
    public static final int MAX_HOSTS_PER_CLUSTER = 16;

    private final AzureCatalog catalog;
    private final PriceSource prices;
    private final AssessmentSettings settings;

    public AvsSizer(AzureCatalog catalog, PriceSource prices, AssessmentSettings settings) {
        this.catalog = catalog;
        this.prices = prices;
        this.settings = settings;
    }

    /** Node types in scope, as the settings allow. */
    public List<AvsNodeSpec> nodeTypes() {
        List<String> allowed = settings.avs().nodeTypes();
        return catalog.avsNodes().stream()
                .filter(n -> allowed.isEmpty() || allowed.stream().anyMatch(a -> a.equalsIgnoreCase(n.name())))
                .toList();
    }

    /** Every node type in scope: buildable before blocked, then cheapest priced first, then unpriced by node count. */
    public List<AvsNodeResult> sizeAll(Collection<AvsDemand> demands) {
        List<AvsNodeResult> out = new ArrayList<>();
        for (AvsNodeSpec n : nodeTypes()) {
            out.add(size(demands, n));
        }
        out.sort(Comparator.comparing(AvsNodeResult::blocked)
                .thenComparing((AvsNodeResult r) -> r.monthlyCost().isEmpty())
                .thenComparing(r -> r.monthlyCost().map(Money::amount).orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(AvsNodeResult::nodes));
        return out;
    }

    /** The cheapest priced, buildable node type's result, if any type is priced. */
    public Optional<AvsNodeResult> cheapest(Collection<AvsDemand> demands) {
        return sizeAll(demands).stream().filter(r -> r.monthlyCost().isPresent() && !r.blocked()).findFirst();
    }

    /**
     * The private cloud of {@code node} hosts for the demands. A node type that cannot stand alone (AV64) gets
     * a first cluster of another type in scope (see {@link #withBaseCluster}); every VM is checked to fit one
     * host (configured vCPUs ≤ logical cores, configured memory ≤ host RAM), else the result is blocked.
     */
    public AvsNodeResult size(Collection<AvsDemand> demands, AvsNodeSpec node) {
        Totals t = Totals.of(demands);
        if (node.needsBaseCluster()) {
            return withBaseCluster(demands, t, node);
        }
        List<Finding> findings = new ArrayList<>(tooLarge(demands, List.of(node)));
        HostLoad load = load(t.vcpus, t.memory, t.storage, node);
        findings.addAll(clusterFindings(load.nodes(), load.byResource(), node.name()));
        Optional<Money> cost = monthly(node, load.nodes());
        AvsSettings a = settings.avs();
        return new AvsNodeResult(node.name(), demands.size(), load.nodes(), limiting(load), load.cpuHosts(),
                load.memoryHosts(), load.storageHosts(), a.ftt().minimumHosts(), load.byResource() < a.ftt().minimumHosts(),
                (t.vcpus + a.managementVcpus()) / (load.nodes() * cpuCapacity(node)),
                t.memory.plus(a.managementMemory()).bytes() / (load.nodes() * memCapacity(node)),
                consumed(t.storage, true) / (load.nodes() * storageCapacity(node)), cost, findings);
    }

    /**
     * AV64 with a first cluster (reference §7.1: AV64 is never the only node type). For each other node type B in
     * scope: B's cluster has the FTT minimum of hosts and holds the management appliances and the largest share
     * f of the VMs' CPU, memory and storage that still fits those hosts; the AV64 cluster takes the rest
     * (1 − f), at least the FTT minimum when f < 1, and none when B's minimum cluster holds everything. The B
     * giving the lowest priced total (without prices: the fewest hosts) is kept. The split is by share of the
     * summed load, not VM by VM.
     */
    private AvsNodeResult withBaseCluster(Collection<AvsDemand> demands, Totals t, AvsNodeSpec node) {
        AvsSettings a = settings.avs();
        int minimum = a.ftt().minimumHosts();
        List<AvsNodeSpec> bases = nodeTypes().stream().filter(n -> !n.needsBaseCluster()).toList();
        if (bases.isEmpty()) {
            HostLoad load = load(t.vcpus, t.memory, t.storage, node);
            List<Finding> findings = new ArrayList<>(tooLarge(demands, List.of(node)));
            findings.add(Finding.of("avs.node.no-first-cluster", "NodeTypeNeedsBaseCluster", Severity.BLOCKER,
                    node.name() + " cannot be the only node type in a private cloud, and no other node type is in scope",
                    "Allow AV36, AV36P, AV48 or AV52 as well"));
            return new AvsNodeResult(node.name(), demands.size(), load.nodes(), limiting(load), load.cpuHosts(),
                    load.memoryHosts(), load.storageHosts(), minimum, load.byResource() < minimum, 0, 0, 0,
                    Optional.empty(), findings);
        }
        AvsNodeResult best = null;
        for (AvsNodeSpec base : bases) {
            double f = baseShare(t, base, minimum);
            Totals rest = t.times(1 - f);
            HostLoad restLoad = f >= 1 ? null : loadOf(rest.vcpus, rest.memory, rest.storage, node, false);
            int n = restLoad == null ? 0 : restLoad.nodes();
            Optional<Money> baseCost = monthly(base, minimum);
            Optional<Money> cost = n == 0 ? baseCost : baseCost.flatMap(b -> monthly(node, n).map(b::plus));
            double cpuCap = minimum * cpuCapacity(base) + n * cpuCapacity(node);
            double memCap = minimum * memCapacity(base) + n * memCapacity(node);
            double stoCap = minimum * storageCapacity(base) + n * storageCapacity(node);
            HostLoad decisive = restLoad != null ? restLoad : load(t.vcpus, t.memory, t.storage, base);
            List<Finding> findings = new ArrayList<>(tooLarge(demands, List.of(node, base)));
            findings.add(Finding.of("avs.node.first-cluster", "NodeTypeNeedsBaseCluster", Severity.INFO,
                    String.format(java.util.Locale.ROOT, "%s cannot be the only node type in a private cloud: a first"
                            + " cluster of %d %s hosts holds the management appliances and %.0f %% of the VM load, %d %s"
                            + " hosts the rest", node.name(), minimum, base.name(), f * 100, n, node.name()),
                    "Size the first cluster with the node types the region offers"));
            findings.addAll(clusterFindings(minimum, minimum, base.name()));
            if (n > 0) {
                findings.addAll(clusterFindings(n, restLoad.byResource(), node.name()));
            }
            AvsNodeResult r = new AvsNodeResult(node.name(), demands.size(), minimum + n, limiting(decisive),
                    decisive.cpuHosts(), decisive.memoryHosts(), decisive.storageHosts(), minimum,
                    decisive.byResource() < minimum, (t.vcpus + a.managementVcpus()) / cpuCap,
                    t.memory.plus(a.managementMemory()).bytes() / memCap, consumed(t.storage, true) / stoCap, cost,
                    findings, Optional.of(new BaseCluster(base.name(), minimum, baseCost)));
            if (best == null || better(r, best)) {
                best = r;
            }
        }
        return best;
    }

    private static boolean better(AvsNodeResult a, AvsNodeResult b) {
        if (a.monthlyCost().isPresent() != b.monthlyCost().isPresent()) {
            return a.monthlyCost().isPresent();
        }
        if (a.monthlyCost().isPresent()) {
            return a.monthlyCost().get().compareTo(b.monthlyCost().get()) < 0;
        }
        return a.nodes() < b.nodes();
    }

    /** The largest share of the VM load that {@code hosts} hosts of {@code base} hold with the management appliances. */
    private double baseShare(Totals t, AvsNodeSpec base, int hosts) {
        if (load(t.vcpus, t.memory, t.storage, base).nodes() <= hosts) {
            return 1;
        }
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 40; i++) {
            double mid = (lo + hi) / 2;
            Totals part = t.times(mid);
            if (load(part.vcpus, part.memory, part.storage, base).nodes() <= hosts) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Blockers for VMs no host of the given types can hold (a VM larger than a host is not AVS-ready). */
    private static List<Finding> tooLarge(Collection<AvsDemand> demands, List<AvsNodeSpec> hosts) {
        List<Finding> out = new ArrayList<>();
        for (AvsDemand d : demands) {
            if (d.configuredVcpus() > 0 && hosts.stream().noneMatch(h -> h.holdsVm(d.configuredVcpus(), d.configuredMemory()))) {
                AvsNodeSpec h = hosts.get(0);
                out.add(new Finding("avs.vm.larger-than-host", "VmLargerThanHost", Severity.BLOCKER, d.vmKey(),
                        d.configuredVcpus() + " vCPUs / " + d.configuredMemory() + " do not fit one " + h.name() + " host ("
                                + h.logicalCores() + " logical cores, " + h.memory() + ")",
                        "Choose a larger node type, or resize the VM before moving it to AVS"));
            }
        }
        return out;
    }

    /** FTT and host-count findings for a cluster of {@code nodes} hosts ({@code byResource} before the policy minimum). */
    private List<Finding> clusterFindings(int nodes, int byResource, String nodeType) {
        AvsSettings a = settings.avs();
        List<Finding> findings = new ArrayList<>();
        if (byResource < a.ftt().minimumHosts()) {
            findings.add(Finding.of("avs.hosts.policy-minimum", "FttMinimumHosts", Severity.INFO,
                    nodeType + ": " + Math.max(byResource, 0) + " host(s) would carry the load; " + a.ftt().label() + " needs at least "
                            + a.ftt().minimumHosts(), "A lower FTT/RAID policy needs fewer hosts (FTT1-RAID1: 3)"));
        }
        if (nodes > 6 && a.ftt().failuresTolerated() < 2) {
            findings.add(Finding.of("avs.ftt.sla-needs-ftt2", "FttBelowSla", Severity.CONDITION,
                    nodeType + ": " + nodes + " hosts with " + a.ftt().label() + ": the AVS SLA requires FTT 2 on clusters over 6 hosts",
                    "Re-assess with FTT2_RAID6 (or FTT2_RAID1)"));
        }
        if (nodes > MAX_HOSTS_PER_CLUSTER) {
            findings.add(Finding.of("avs.cluster.split", "MultipleClusters", Severity.INFO,
                    nodeType + ": " + nodes + " hosts exceed " + MAX_HOSTS_PER_CLUSTER + " per cluster; the private cloud needs "
                            + (int) Math.ceil(nodes / (double) MAX_HOSTS_PER_CLUSTER) + " clusters",
                    "Plan cluster boundaries; each cluster needs the policy minimum of hosts"));
        }
        return findings;
    }

    private static LimitingFactor limiting(HostLoad l) {
        return l.cpuHosts() >= l.memoryHosts() && l.cpuHosts() >= l.storageHosts() ? LimitingFactor.CPU
                : l.memoryHosts() >= l.storageHosts() ? LimitingFactor.MEMORY : LimitingFactor.STORAGE;
    }

    private Optional<Money> monthly(AvsNodeSpec node, int nodes) {
        return prices.avsNodeHourly(node.sku(), settings.region(), settings.pricePlan())
                .map(h -> h.times(PriceSource.HOURS_IN_BILLING_MONTH).times(nodes)); // hosts bill every hour
    }

    private double cpuCapacity(AvsNodeSpec node) {
        return node.physicalCores() * settings.avs().cpuOversubscription();
    }

    private double memCapacity(AvsNodeSpec node) {
        return node.memory().bytes() * settings.avs().memoryOvercommit();
    }

    private double storageCapacity(AvsNodeSpec node) {
        return node.vsanCapacityRaw().bytes() * (1 - settings.avs().vsanSlack());
    }

    private double consumed(DataSize storage, boolean management) {
        AvsSettings a = settings.avs();
        DataSize s = management ? storage.plus(a.managementStorage()) : storage;
        return s.bytes() * a.ftt().storageMultiplier() / a.dedupeCompression();
    }

    /** Summed demand of a set of VMs. */
    private record Totals(double vcpus, DataSize memory, DataSize storage) {
        static Totals of(Collection<AvsDemand> demands) {
            double vcpus = 0;
            DataSize memory = DataSize.ZERO;
            DataSize storage = DataSize.ZERO;
            for (AvsDemand d : demands) {
                vcpus += d.vcpus();
                memory = memory.plus(d.memory());
                storage = storage.plus(d.storage());
            }
            return new Totals(vcpus, memory, storage);
        }

        Totals times(double share) {
            return new Totals(vcpus * share, memory.times(share), storage.times(share));
        }
    }

    /**
     * The hosts a demand of {@code vcpus}, {@code memory} and {@code storage} (plus the management
     * overhead) needs per resource on one node type, and the node count: the arithmetic of
     * {@link #size} without its findings and price, for callers that try many combinations.
     */
    public HostLoad load(double vcpus, DataSize memory, DataSize storage, AvsNodeSpec node) {
        return loadOf(vcpus, memory, storage, node, true);
    }

    /** As {@link #load}; {@code management} false for a second cluster, which does not host the management appliances. */
    private HostLoad loadOf(double vcpus, DataSize memory, DataSize storage, AvsNodeSpec node, boolean management) {
        AvsSettings a = settings.avs();
        double cpuHosts = (vcpus + (management ? a.managementVcpus() : 0)) / cpuCapacity(node);
        double memHosts = (management ? memory.plus(a.managementMemory()) : memory).bytes() / memCapacity(node);
        double storageHosts = consumed(storage, management) / storageCapacity(node);
        int byResource = (int) Math.ceil(Math.max(cpuHosts, Math.max(memHosts, storageHosts)) - 1e-9);
        return new HostLoad(cpuHosts, memHosts, storageHosts, byResource, Math.max(a.ftt().minimumHosts(), byResource));
    }
}
