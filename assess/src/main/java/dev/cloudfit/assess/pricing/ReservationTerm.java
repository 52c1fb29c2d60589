package dev.cloudfit.assess.pricing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * A reservation or savings-plan term. A reservation row's {@code retailPrice} is the total for the whole term;
 * {@link #hourly} spreads it over the term's hours on a 365-day year (8,760 h a year, 26,280 h for three years).
 * Leap days are ignored on purpose: the same basis gives 730 h a month (8,760 / 12), the default month, so an RI
 * and a pay-as-you-go price compare on equal hours. A monthly equivalent is that hourly rate times the
 * hours-per-month setting; at the default 730 h this equals total / 12 per year of term.
 */
public enum ReservationTerm {
    ONE_YEAR("1 Year", 8_760),
    THREE_YEARS("3 Years", 26_280);

    private final String wireName;
    private final BigDecimal hours;

    ReservationTerm(String wireName, long hours) {
        this.wireName = wireName;
        this.hours = BigDecimal.valueOf(hours);
    }

    public String wireName() {
        return wireName;
    }

    /** The hours in the term on a 365-day year. */
    public BigDecimal hours() {
        return hours;
    }

    /** The hourly equivalent of a price for the whole term. */
    public BigDecimal hourly(BigDecimal totalForTerm) {
        return totalForTerm.divide(hours, MathContext.DECIMAL128);
    }

    public static Optional<ReservationTerm> fromWire(String name) {
        for (ReservationTerm t : values()) {
            if (t.wireName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
