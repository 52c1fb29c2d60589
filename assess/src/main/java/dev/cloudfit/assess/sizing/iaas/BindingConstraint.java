package dev.cloudfit.assess.sizing.iaas;

import dev.cloudfit.assess.catalog.VmSizeName;
import dev.cloudfit.core.units.Money;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why the chosen size and not a cheaper one. {@code rejected} is the nearest cheaper priced size in
 * scope (empty when the chosen size is the cheapest in scope) and {@code failed} the constraints it
 * misses, first one first; {@code tightest} is the chosen size's constraint with the least headroom
 * and {@code tightestUse} its need ÷ limit.
 */
public record BindingConstraint(
        Optional<VmSizeName> rejected,
        Optional<Money> rejectedMonthly,
        List<Constraint> failed,
        Constraint tightest,
        double tightestUse,
        String explanation) {

    public BindingConstraint {
        Objects.requireNonNull(rejected, "rejected");
        Objects.requireNonNull(rejectedMonthly, "rejectedMonthly");
        Objects.requireNonNull(tightest, "tightest");
        Objects.requireNonNull(explanation, "explanation");
        failed = List.copyOf(failed);
    }

    /** The constraint that rules out the next cheaper size, or the tightest one when nothing cheaper is in scope. */
    public Constraint primary() {
        return failed.isEmpty() ? tightest : failed.get(0);
    }
}
