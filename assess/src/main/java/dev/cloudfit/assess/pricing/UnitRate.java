package dev.cloudfit.assess.pricing;

import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * The price of one unit (one GiB, one IOPS, one MB/s) for one {@link UnitPeriod#HOUR hour} or one
 * {@link UnitPeriod#MONTH month}, as a meter states it. {@link #perHour} and {@link #perMonth} convert between the
 * two with the hours-per-month setting.
 */
public record UnitRate(Money price, UnitPeriod period) {

    public UnitRate {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(period, "period");
        if (period != UnitPeriod.HOUR && period != UnitPeriod.MONTH) {
            throw new IllegalArgumentException("a unit rate is per hour or per month, not " + period);
        }
    }

    public Money perHour(BigDecimal hoursPerMonth) {
        return period == UnitPeriod.HOUR ? price
                : new Money(price.amount().divide(hoursPerMonth, MathContext.DECIMAL128), price.currency());
    }

    public Money perMonth(BigDecimal hoursPerMonth) {
        return period == UnitPeriod.MONTH ? price : price.times(hoursPerMonth);
    }
}
