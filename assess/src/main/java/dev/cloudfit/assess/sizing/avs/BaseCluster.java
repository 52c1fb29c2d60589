package dev.cloudfit.assess.sizing.avs;

import dev.cloudfit.core.units.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * The first cluster a node type that cannot stand alone (AV64) needs: {@code nodes} hosts of
 * {@code nodeType} at the FTT policy's minimum, holding the management appliances and as much of the
 * VMs' load as fits; {@code monthlyCost} empty when that type has no price.
 */
public record BaseCluster(String nodeType, int nodes, Optional<Money> monthlyCost) {

    public BaseCluster {
        Objects.requireNonNull(nodeType, "nodeType");
        Objects.requireNonNull(monthlyCost, "monthlyCost");
    }
}
