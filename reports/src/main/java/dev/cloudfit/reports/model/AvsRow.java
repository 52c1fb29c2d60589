package dev.cloudfit.reports.model;

import dev.cloudfit.core.units.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * One AVS private-cloud option: how many nodes of a type the VMs placed on AVS need, which
 * resource decided the count, and what it costs.
 *
 * @param scope          which VMs it hosts, e.g. "All VMs" or "VMware-only VMs (mix)"
 * @param limitingFactor CPU, memory or storage (after FTT/RAID, dedupe and slack), or the FTT minimum
 * @param monthlyCost    empty when the node type has no price in the price source (shown as missing, never 0)
 * @param utilisation    share of the nodes' CPU, memory and vSAN capacity the load takes (empty when not known)
 * @param findings       FTT, host-count and node-type findings, one per line (empty when none)
 */
public record AvsRow(String scope, String nodeType, int nodes, String limitingFactor, Optional<Money> monthlyCost,
        Optional<NodeUtilisation> utilisation, String findings) {

    /** CPU, memory and storage use of the nodes, each a fraction (0.5 = 50 %). */
    public record NodeUtilisation(double cpu, double memory, double storage) {
    }

    public AvsRow {
        scope = Text.required(scope, "scope");
        nodeType = Text.required(nodeType, "nodeType");
        if (nodes < 0) {
            throw new IllegalArgumentException("nodes must not be negative: " + nodes);
        }
        limitingFactor = Text.orEmpty(limitingFactor);
        Objects.requireNonNull(monthlyCost, "monthlyCost");
        Objects.requireNonNull(utilisation, "utilisation");
        findings = Text.orEmpty(findings);
    }

    /** An option without utilisation or findings. */
    public AvsRow(String scope, String nodeType, int nodes, String limitingFactor, Optional<Money> monthlyCost) {
        this(scope, nodeType, nodes, limitingFactor, monthlyCost, Optional.empty(), "");
    }

    /** A priced option. */
    public AvsRow(String scope, String nodeType, int nodes, String limitingFactor, Money monthlyCost) {
        this(scope, nodeType, nodes, limitingFactor, Optional.of(monthlyCost));
    }
}
