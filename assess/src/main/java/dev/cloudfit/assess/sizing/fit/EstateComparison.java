package dev.cloudfit.assess.sizing.fit;

import java.util.Objects;

/** All-IaaS, all-AVS and the cheapest mix found, side by side. */
public record EstateComparison(EstateScenario allIaas, EstateScenario allAvs, EstateScenario cheapestMix) {

    public EstateComparison {
        Objects.requireNonNull(allIaas, "allIaas");
        Objects.requireNonNull(allAvs, "allAvs");
        Objects.requireNonNull(cheapestMix, "cheapestMix");
    }
}
