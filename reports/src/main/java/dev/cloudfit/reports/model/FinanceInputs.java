package dev.cloudfit.reports.model;

import dev.cloudfit.core.units.Percentage;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The numbers finance edits in the workbook: a discount on Azure list prices and the hours a VM
 * runs a month (pay-as-you-go, Dev/Test and licence meters bill them; reservations and savings
 * plans bill every hour whatever the running hours). They are live inputs on the Summary sheet;
 * these are their starting values. {@code discountAppliesTo} says which categories the discount
 * takes off (compute only by default); it is fixed when the workbook is written and stated on it.
 */
public record FinanceInputs(Percentage discount, BigDecimal hoursPerMonth, Set<DiscountScope> discountAppliesTo) {

    public static final BigDecimal DEFAULT_HOURS = BigDecimal.valueOf(730);

    public FinanceInputs {
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(hoursPerMonth, "hoursPerMonth");
        discountAppliesTo = discountAppliesTo.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(discountAppliesTo));
        if (hoursPerMonth.signum() <= 0 || hoursPerMonth.compareTo(BigDecimal.valueOf(744)) > 0) {
            throw new IllegalArgumentException("hours per month must be in (0, 744]: " + hoursPerMonth);
        }
    }

    /** A discount on compute only. */
    public FinanceInputs(Percentage discount, BigDecimal hoursPerMonth) {
        this(discount, hoursPerMonth, EnumSet.of(DiscountScope.COMPUTE));
    }

    /** No discount, 730 hours. */
    public static FinanceInputs defaults() {
        return new FinanceInputs(Percentage.ZERO, DEFAULT_HOURS);
    }

    /** 1 − discount, exactly (the discount's decimal text, not its binary double). */
    public BigDecimal keptShare() {
        return BigDecimal.ONE.subtract(new BigDecimal(Double.toString(discount.value())).movePointLeft(2));
    }

    /** 1 − discount for a category the discount applies to, else 1. */
    public BigDecimal keptShare(DiscountScope category) {
        return discountAppliesTo.contains(category) ? keptShare() : BigDecimal.ONE;
    }

    public FinanceInputs withDiscount(Percentage d) {
        return new FinanceInputs(d, hoursPerMonth, discountAppliesTo);
    }

    public FinanceInputs withHours(BigDecimal h) {
        return new FinanceInputs(discount, h, discountAppliesTo);
    }
}
