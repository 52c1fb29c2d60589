package dev.cloudfit.reports.model;

import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of the on-premises cost the customer keeps paying if nothing moves: a quantity and a
 * monthly cost per unit, both editable in the workbook (e.g. 12 hosts at 410 EUR a month each).
 */
public record OnPremInput(String name, BigDecimal quantity, String unit, Money monthlyUnitCost, String description) {

    public OnPremInput {
        name = Text.required(name, "name");
        Objects.requireNonNull(quantity, "quantity");
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("quantity must not be negative: " + name);
        }
        unit = Text.orEmpty(unit);
        Objects.requireNonNull(monthlyUnitCost, "monthlyUnitCost");
        description = Text.orEmpty(description);
    }

    /** Quantity × unit cost, rounded to the minor unit, as the sheet's {@code ROUND(B*D, 2)} does. */
    public Money monthly() {
        return monthlyUnitCost.times(quantity).rounded();
    }
}
