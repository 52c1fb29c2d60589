package dev.cloudfit.assess.pricing;

import dev.cloudfit.core.units.Money;
import java.util.Objects;

/**
 * One element of a row's {@code savingsPlan} array (api-version 2023-01-01-preview): the hourly price of the
 * meter under a one- or three-year compute savings plan. Unlike reservation rows these prices are already per
 * hour.
 */
public record SavingsPlanPrice(ReservationTerm term, Money retailPricePerHour, Money unitPricePerHour) {

    public SavingsPlanPrice {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(retailPricePerHour, "retailPricePerHour");
        Objects.requireNonNull(unitPricePerHour, "unitPricePerHour");
    }
}
