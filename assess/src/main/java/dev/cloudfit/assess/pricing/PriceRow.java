package dev.cloudfit.assess.pricing;

import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One normalised Azure retail price row. Prices keep the API's full precision; {@link #unit} says what the price
 * is for. For a {@link PriceType#RESERVATION} row {@link #retailPrice} is the total for the whole
 * {@link #reservationTerm}, whatever the unit says; {@link #hourlyEquivalent()} and {@link #monthlyEquivalent}
 * turn it (and every other time-based row) into comparable rates.
 *
 * @param meterId shared by the Consumption and Dev/Test rows of a meter, and by {@code s}/non-{@code s} sizes
 * @param armSkuName the VM size for VM rows; empty for most other services, and never used to key disks
 * @param os the licence included, for VM rows only
 * @param effectiveStartDate when the price applies from; may be in the future; empty when the source lacked it
 */
public record PriceRow(
        String meterId,
        String meterName,
        String skuId,
        String skuName,
        String productName,
        String serviceName,
        String serviceFamily,
        Optional<ArmSkuName> armSkuName,
        Region region,
        String location,
        PriceType priceType,
        Optional<ReservationTerm> reservationTerm,
        Money retailPrice,
        Money unitPrice,
        PricingUnit unit,
        BigDecimal tierMinimumUnits,
        PrimaryMeterRegion primaryMeterRegion,
        Optional<Instant> effectiveStartDate,
        Optional<Instant> effectiveEndDate,
        List<SavingsPlanPrice> savingsPlan,
        MeterKind kind,
        Optional<PricingOs> os) {

    public PriceRow {
        Objects.requireNonNull(meterId, "meterId");
        Objects.requireNonNull(meterName, "meterName");
        Objects.requireNonNull(skuId, "skuId");
        Objects.requireNonNull(skuName, "skuName");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(serviceFamily, "serviceFamily");
        Objects.requireNonNull(armSkuName, "armSkuName");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(priceType, "priceType");
        Objects.requireNonNull(reservationTerm, "reservationTerm");
        Objects.requireNonNull(retailPrice, "retailPrice");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(tierMinimumUnits, "tierMinimumUnits");
        Objects.requireNonNull(primaryMeterRegion, "primaryMeterRegion");
        Objects.requireNonNull(effectiveStartDate, "effectiveStartDate");
        Objects.requireNonNull(effectiveEndDate, "effectiveEndDate");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(os, "os");
        savingsPlan = List.copyOf(savingsPlan);
        if ((priceType == PriceType.RESERVATION) != reservationTerm.isPresent()) {
            throw new IllegalArgumentException("a reservation term goes with, and only with, a Reservation row: "
                    + meterId + " " + priceType + " " + reservationTerm);
        }
        if (!unitPrice.currency().equals(retailPrice.currency())) {
            throw new IllegalArgumentException("retail and unit price in different currencies: " + meterId);
        }
    }

    /**
     * The price of one distinct unit for one hour: a reservation's total spread over its term
     * ({@link ReservationTerm#hourly}), or an hourly row's block price divided by its block size ({@code 100 Hours}
     * becomes per hour). Empty for rows that are not priced in time (per month, per 10,000 operations).
     */
    public Optional<Money> hourlyEquivalent() {
        if (reservationTerm.isPresent()) {
            return Optional.of(new Money(reservationTerm.get().hourly(retailPrice.amount()), retailPrice.currency()));
        }
        if (unit.period() == UnitPeriod.HOUR) {
            return Optional.of(new Money(unit.perUnit(retailPrice.amount()), retailPrice.currency()));
        }
        return Optional.empty();
    }

    /**
     * The price of one distinct unit for one month: hourly rows and reservations times {@code hoursPerMonth}
     * (the setting, default 730), monthly rows divided by their block size. Empty for rows not priced in time.
     */
    public Optional<Money> monthlyEquivalent(BigDecimal hoursPerMonth) {
        if (reservationTerm.isEmpty() && unit.period() == UnitPeriod.MONTH) {
            return Optional.of(new Money(unit.perUnit(retailPrice.amount()), retailPrice.currency()));
        }
        return hourlyEquivalent().map(h -> h.times(hoursPerMonth));
    }

    /** The savings-plan price for a term, when the row carries one. */
    public Optional<SavingsPlanPrice> savingsPlan(ReservationTerm term) {
        return savingsPlan.stream().filter(p -> p.term() == term).findFirst();
    }
}
