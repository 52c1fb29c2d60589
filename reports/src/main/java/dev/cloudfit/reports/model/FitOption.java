package dev.cloudfit.reports.model;

import dev.cloudfit.core.units.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * One way to place the estate: all on IaaS, all on AVS, or the cheapest mix, with how many VMs
 * land where and the monthly cost in the reference scenario.
 *
 * @param monthly empty when a VM or the AVS nodes it needs have no price: an incomplete figure is
 *                not a cost, so none is shown
 * @param note    why there is no figure (e.g. "no AVS node price in embedded snapshot of 2026-07-15"),
 *                or any other remark; "" when there is nothing to say
 */
public record FitOption(String name, long iaasVms, long avsVms, long notPlacedVms, Optional<Money> monthly,
        String note) {

    public FitOption {
        name = Text.required(name, "name");
        if (iaasVms < 0 || avsVms < 0 || notPlacedVms < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        Objects.requireNonNull(monthly, "monthly");
        note = Text.orEmpty(note);
        if (monthly.isEmpty() && note.isBlank()) {
            throw new IllegalArgumentException("fit option " + name + " has no cost and does not say why");
        }
    }

    /** A fully priced option. */
    public FitOption(String name, long iaasVms, long avsVms, long notPlacedVms, Money monthly) {
        this(name, iaasVms, avsVms, notPlacedVms, Optional.of(monthly), "");
    }
}
