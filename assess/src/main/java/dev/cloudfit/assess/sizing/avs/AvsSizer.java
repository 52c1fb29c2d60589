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

    /** Every node type in scope, cheapest priced first, then unpriced by node count. */
    public List<AvsNodeResult> sizeAll(Collection<AvsDemand> demands) {
        List<AvsNodeResult> out = new ArrayList<>();
        for (AvsNodeSpec n : nodeTypes()) {
            out.add(size(demands, n));
        }
        out.sort(Comparator.comparing((AvsNodeResult r) -> r.monthlyCost().isEmpty())
                .thenComparing(r -> r.monthlyCost().map(Money::amount).orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(AvsNodeResult::nodes));
        return out;
    }

    /** The cheapest priced node type's result, if any type is priced. */
    public Optional<AvsNodeResult> cheapest(Collection<AvsDemand> demands) {
        return sizeAll(demands).stream().filter(r -> r.monthlyCost().isPresent()).findFirst();
    }

    public AvsNodeResult size(Collection<AvsDemand> demands, AvsNodeSpec node) {
        AvsSettings a = settings.avs();
        double vcpus = 0;
        DataSize memory = DataSize.ZERO;
        DataSize storage = DataSize.ZERO;
        for (AvsDemand d : demands) {
            vcpus += d.vcpus();
            memory = memory.plus(d.memory());
            storage = storage.plus(d.storage());
        }
        HostLoad load = load(vcpus, memory, storage, node);
        vcpus += a.managementVcpus();
        memory = memory.plus(a.managementMemory());
        double cpuCapacity = node.physicalCores() * a.cpuOversubscription();
        double memCapacity = node.memory().bytes() * a.memoryOvercommit();
        double storageCapacity = node.vsanCapacityRaw().bytes() * (1 - a.vsanSlack());
        double consumed = storage.plus(a.managementStorage()).bytes() * a.ftt().storageMultiplier() / a.dedupeCompression();
        double cpuHosts = load.cpuHosts();
        double memHosts = load.memoryHosts();
        double storageHosts = load.storageHosts();
        int minimum = a.ftt().minimumHosts();
        int byResource = load.byResource();
        int nodes = load.nodes();
        LimitingFactor limiting = cpuHosts >= memHosts && cpuHosts >= storageHosts ? LimitingFactor.CPU
                : memHosts >= storageHosts ? LimitingFactor.MEMORY : LimitingFactor.STORAGE;

        List<Finding> findings = new ArrayList<>();
        if (nodes > 6 && a.ftt().failuresTolerated() < 2) {
            findings.add(Finding.of("avs.ftt.sla-needs-ftt2", "FttBelowSla", Severity.CONDITION,
                    nodes + " hosts with " + a.ftt() + ": the AVS SLA requires FTT2 on clusters over 6 hosts",
                    "Re-assess with FTT2_RAID6 (or FTT2_RAID1)"));
        }
        if (nodes > MAX_HOSTS_PER_CLUSTER) {
            findings.add(Finding.of("avs.cluster.split", "MultipleClusters", Severity.INFO,
                    nodes + " hosts exceed " + MAX_HOSTS_PER_CLUSTER + " per cluster; the private cloud needs "
                            + (int) Math.ceil(nodes / (double) MAX_HOSTS_PER_CLUSTER) + " clusters",
                    "Plan cluster boundaries; each cluster needs the policy minimum of hosts"));
        }
        if (node.sku().toUpperCase(java.util.Locale.ROOT).startsWith("AV64")) {
            findings.add(Finding.of("avs.node.not-standalone", "NodeTypeNeedsBaseCluster", Severity.CONDITION,
                    node.name() + " cannot be the only node type in a private cloud",
                    "Add a first cluster of AV36, AV36P or AV52 hosts, or choose one of those types"));
        }
        Optional<Money> cost = prices.avsNodeHourly(node.sku(), settings.region(), settings.pricePlan())
                .map(h -> h.times(PriceSource.HOURS_IN_BILLING_MONTH).times(nodes)); // hosts bill every hour
        return new AvsNodeResult(node.name(), demands.size(), nodes, limiting, cpuHosts, memHosts, storageHosts, minimum,
                byResource < minimum, vcpus / (nodes * cpuCapacity), memory.bytes() / (nodes * memCapacity),
                consumed / (nodes * storageCapacity), cost, findings);
    }

    /**
     * The hosts a demand of {@code vcpus}, {@code memory} and {@code storage} (plus the management
     * overhead) needs per resource on one node type, and the node count: the arithmetic of
     * {@link #size} without its findings and price, for callers that try many combinations.
     */
    public HostLoad load(double vcpus, DataSize memory, DataSize storage, AvsNodeSpec node) {
        AvsSettings a = settings.avs();
        double cpuCapacity = node.physicalCores() * a.cpuOversubscription();
        double memCapacity = node.memory().bytes() * a.memoryOvercommit();
        double storageCapacity = node.vsanCapacityRaw().bytes() * (1 - a.vsanSlack());
        double consumed = storage.plus(a.managementStorage()).bytes() * a.ftt().storageMultiplier() / a.dedupeCompression();
        double cpuHosts = (vcpus + a.managementVcpus()) / cpuCapacity;
        double memHosts = memory.plus(a.managementMemory()).bytes() / memCapacity;
        double storageHosts = consumed / storageCapacity;
        int byResource = (int) Math.ceil(Math.max(cpuHosts, Math.max(memHosts, storageHosts)) - 1e-9);
        return new HostLoad(cpuHosts, memHosts, storageHosts, byResource, Math.max(a.ftt().minimumHosts(), byResource));
    }
}
