package dev.cloudfit.assess.onprem;

import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One component of the on-premises cost as a quantity of something countable (hosts, licensed cores, rack
 * units, admin hours, TiB of provisioned storage, VMs) × a monthly cost per unit, so that a reader can change
 * either: e.g. 23 hosts × 333.33 USD hardware amortisation a month.
 */
public record OnPremLine(OnPremCostComponent component, BigDecimal quantity, String unit, Money monthlyPerUnit,
        String basis) {

    public OnPremLine {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(monthlyPerUnit, "monthlyPerUnit");
        Objects.requireNonNull(basis, "basis");
    }

    /** Quantity × monthly cost per unit, full precision. */
    public Money monthly() {
        return monthlyPerUnit.times(quantity);
    }
}
