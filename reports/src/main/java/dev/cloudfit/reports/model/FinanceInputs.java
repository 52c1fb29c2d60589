package dev.cloudfit.reports.model;

import dev.cloudfit.core.units.Percentage;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The two numbers finance edits in the workbook: a discount on Azure list prices and the hours a
 * month is billed for (Azure's own calculator uses 730). They are live inputs on the Summary
 * sheet; these are their starting values.
 */
public record FinanceInputs(Percentage discount, BigDecimal hoursPerMonth) {

    public static final BigDecimal DEFAULT_HOURS = BigDecimal.valueOf(730);

    public FinanceInputs {
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(hoursPerMonth, "hoursPerMonth");
        if (hoursPerMonth.signum() <= 0 || hoursPerMonth.compareTo(BigDecimal.valueOf(744)) > 0) {
            throw new IllegalArgumentException("hours per month must be in (0, 744]: " + hoursPerMonth);
        }
    }

    /** No discount, 730 hours. */
    public static FinanceInputs defaults() {
        return new FinanceInputs(Percentage.ZERO, DEFAULT_HOURS);
    }

    /** 1 − discount, exactly (the discount's decimal text, not its binary double). */
    public BigDecimal keptShare() {
        return BigDecimal.ONE.subtract(new BigDecimal(Double.toString(discount.value())).movePointLeft(2));
    }
}
