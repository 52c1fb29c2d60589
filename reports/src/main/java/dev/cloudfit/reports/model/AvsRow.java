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
 */
public record AvsRow(String scope, String nodeType, int nodes, String limitingFactor, Optional<Money> monthlyCost) {

    public AvsRow {
        scope = Text.required(scope, "scope");
        nodeType = Text.required(nodeType, "nodeType");
        if (nodes < 0) {
            throw new IllegalArgumentException("nodes must not be negative: " + nodes);
        }
        limitingFactor = Text.orEmpty(limitingFactor);
        Objects.requireNonNull(monthlyCost, "monthlyCost");
    }

    /** A priced option. */
    public AvsRow(String scope, String nodeType, int nodes, String limitingFactor, Money monthlyCost) {
        this(scope, nodeType, nodes, limitingFactor, Optional.of(monthlyCost));
    }
}
