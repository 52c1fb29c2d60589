package dev.cloudfit.assess.sizing.fit;

import dev.cloudfit.assess.sizing.avs.AvsNodeResult;
import dev.cloudfit.core.units.Money;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One way to place the estate. {@code iaasMonthly} sums the priced IaaS VMs ({@code iaasUnpriced} have
 * no price and are not in it); {@code avs} is the AVS cluster for {@code avsVms}; {@code unplaced} are
 * VMs this scenario cannot hold (forced to AVS in all-IaaS, not ready anywhere). {@code total} is empty
 * when any placed VM or the AVS nodes have no price, so an incomplete figure is never compared.
 */
public record EstateScenario(
        String name,
        List<String> iaasVms,
        List<String> avsVms,
        List<String> unplaced,
        Money iaasMonthly,
        int iaasUnpriced,
        Optional<AvsNodeResult> avs,
        Optional<Money> total) {

    public EstateScenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(iaasMonthly, "iaasMonthly");
        Objects.requireNonNull(avs, "avs");
        Objects.requireNonNull(total, "total");
        iaasVms = List.copyOf(iaasVms);
        avsVms = List.copyOf(avsVms);
        unplaced = List.copyOf(unplaced);
    }
}
