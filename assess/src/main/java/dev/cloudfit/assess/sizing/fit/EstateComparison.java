package dev.cloudfit.assess.sizing.fit;

import java.util.Objects;

/**
 * All-IaaS, all-AVS, the cheapest mix found and the recommended split (each VM where its fit decision
 * puts it: the VMs sheet's Fit column), side by side.
 */
public record EstateComparison(EstateScenario allIaas, EstateScenario allAvs, EstateScenario cheapestMix,
        EstateScenario recommended) {

    public EstateComparison {
        Objects.requireNonNull(allIaas, "allIaas");
        Objects.requireNonNull(allAvs, "allAvs");
        Objects.requireNonNull(cheapestMix, "cheapestMix");
        Objects.requireNonNull(recommended, "recommended");
    }
}
