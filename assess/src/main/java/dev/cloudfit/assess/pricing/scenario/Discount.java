package dev.cloudfit.assess.pricing.scenario;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A negotiated discount off list prices (an enterprise agreement, a MACC), in percent, applied to the categories
 * named: price × (1 − percent / 100). Applied to every scenario's prices alike, reservations and savings plans
 * included; whether an agreement's discount stacks on them is the user's call (set 0 and compare).
 */
public record Discount(BigDecimal percent, Set<CostCategory> appliesTo) {

    public static final Discount NONE = new Discount(BigDecimal.ZERO, EnumSet.allOf(CostCategory.class));

    /** A discount of {@code percent} on the given categories. */
    public static Discount of(String percent, CostCategory... categories) {
        return new Discount(new BigDecimal(percent), Set.of(categories));
    }

    public Discount {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("a discount is between 0 and 100 %: " + percent);
        }
        appliesTo = Set.copyOf(appliesTo);
    }

    /** The factor a price in {@code category} is multiplied by: 1 − percent / 100, or 1. */
    public BigDecimal factor(CostCategory category) {
        if (!appliesTo.contains(category) || percent.signum() == 0) {
            return BigDecimal.ONE;
        }
        return BigDecimal.ONE.subtract(percent.movePointLeft(2));
    }
}
