package dev.cloudfit.assess.sizing.iaas;

import dev.cloudfit.assess.catalog.VmSizeSpec;
import dev.cloudfit.core.units.Money;

import java.util.Objects;
import java.util.Optional;

/** A size in scope for the run, with its monthly compute price (empty: no price) and whether its region availability is unknown. */
public record VmCandidate(VmSizeSpec spec, Optional<Money> monthly, boolean regionUnknown, SizeLimits limits) {

    public VmCandidate {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(monthly, "monthly");
        Objects.requireNonNull(limits, "limits");
    }

    public VmCandidate(VmSizeSpec spec, Optional<Money> monthly, boolean regionUnknown) {
        this(spec, monthly, regionUnknown, SizeLimits.of(spec));
    }
}
