package dev.cloudfit.assess.sizing.avs;

import dev.cloudfit.assess.sizing.readiness.Finding;
import dev.cloudfit.core.units.Money;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Hosts of one node type for a set of VMs. {@code cpuHosts}, {@code memoryHosts} and
 * {@code storageHosts} are the fractional host counts each resource needs; {@code nodes} is the largest
 * rounded up, and at least the FTT policy's minimum ({@code setByPolicyMinimum} when the minimum decided).
 * The utilisations are demand ÷ capacity of {@code nodes} hosts. A node type that cannot stand alone (AV64)
 * carries its {@code base} cluster: {@code nodes} and the utilisations then count both clusters, and
 * {@code monthlyCost} is both clusters' cost (empty unless both are priced).
 */
public record AvsNodeResult(
        String nodeType,
        int vms,
        int nodes,
        LimitingFactor limitingFactor,
        double cpuHosts,
        double memoryHosts,
        double storageHosts,
        int policyMinimum,
        boolean setByPolicyMinimum,
        double cpuUtilisation,
        double memoryUtilisation,
        double storageUtilisation,
        Optional<Money> monthlyCost,
        List<Finding> findings,
        Optional<BaseCluster> base) {

    public AvsNodeResult {
        Objects.requireNonNull(nodeType, "nodeType");
        Objects.requireNonNull(limitingFactor, "limitingFactor");
        Objects.requireNonNull(monthlyCost, "monthlyCost");
        Objects.requireNonNull(base, "base");
        findings = List.copyOf(findings);
    }

    /** A single-type private cloud. */
    public AvsNodeResult(String nodeType, int vms, int nodes, LimitingFactor limitingFactor, double cpuHosts,
            double memoryHosts, double storageHosts, int policyMinimum, boolean setByPolicyMinimum,
            double cpuUtilisation, double memoryUtilisation, double storageUtilisation, Optional<Money> monthlyCost,
            List<Finding> findings) {
        this(nodeType, vms, nodes, limitingFactor, cpuHosts, memoryHosts, storageHosts, policyMinimum,
                setByPolicyMinimum, cpuUtilisation, memoryUtilisation, storageUtilisation, monthlyCost, findings,
                Optional.empty());
    }

    /** True when a finding says this option cannot be built (a VM larger than a host, no base cluster type). */
    public boolean blocked() {
        return findings.stream().anyMatch(f -> f.severity() == dev.cloudfit.assess.sizing.readiness.Severity.BLOCKER);
    }

    /** The node type as the AVS sheet shows it: {@code AV64 (with a first cluster of 3 × AV36)}. */
    public String describeNodes() {
        return base.map(b -> nodeType + " (with a first cluster of " + b.nodes() + " × " + b.nodeType() + ")")
                .orElse(nodeType);
    }
}
