package dev.cloudfit.assess.sizing.iaas;

import dev.cloudfit.assess.catalog.VmSeries;
import dev.cloudfit.assess.catalog.VmSizeName;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.core.units.Money;

import java.util.Objects;
import java.util.Optional;

/** The recommended VM size and its monthly compute price (empty when no price is known). */
public record ChosenSize(VmSizeName name, VmSeries series, int vcpus, DataSize memory, Optional<Money> computeMonthly) {

    public ChosenSize {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(computeMonthly, "computeMonthly");
    }
}
