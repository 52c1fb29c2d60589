package dev.cloudfit.assess.onprem;

import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The on-premises cost of an estate: what it was computed over (storage in TiB of provisioned VM disks), the
 * monthly cost per component, the monthly total and the total over {@code termMonths}. {@code notes} say what
 * could not be counted (e.g. hosts whose core count the inventory lacks, whose licences are then left out, never
 * guessed).
 */
public record OnPremEstimate(int hosts, long cores, long licensedCores, int vms, BigDecimal storageTib,
        Map<OnPremCostComponent, Money> monthlyByComponent, Money monthlyTotal, int termMonths, Money termTotal,
        List<String> notes) {

    public OnPremEstimate {
        Objects.requireNonNull(storageTib, "storageTib");
        Objects.requireNonNull(monthlyTotal, "monthlyTotal");
        Objects.requireNonNull(termTotal, "termTotal");
        EnumMap<OnPremCostComponent, Money> byComponent = new EnumMap<>(OnPremCostComponent.class);
        byComponent.putAll(monthlyByComponent);
        monthlyByComponent = Collections.unmodifiableMap(byComponent);
        notes = List.copyOf(notes);
    }

    /** The monthly total × 12. */
    public Money annualTotal() {
        return monthlyTotal.times(12);
    }
}
