package dev.cloudfit.assess.sizing.iaas;

import dev.cloudfit.assess.catalog.VmSizeName;
import dev.cloudfit.core.units.Money;

import java.util.Objects;
import java.util.Optional;

/** The next size that also fits, with its monthly price and how much more it costs than the chosen one. */
public record RunnerUp(VmSizeName size, int vcpus, Optional<Money> monthly, Optional<Money> monthlyDelta) {

    public RunnerUp {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(monthly, "monthly");
        Objects.requireNonNull(monthlyDelta, "monthlyDelta");
    }
}
