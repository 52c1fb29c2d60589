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
 * The utilisations are demand ÷ capacity of {@code nodes} hosts.
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
        List<Finding> findings) {

    public AvsNodeResult {
        Objects.requireNonNull(nodeType, "nodeType");
        Objects.requireNonNull(limitingFactor, "limitingFactor");
        Objects.requireNonNull(monthlyCost, "monthlyCost");
        findings = List.copyOf(findings);
    }
}
