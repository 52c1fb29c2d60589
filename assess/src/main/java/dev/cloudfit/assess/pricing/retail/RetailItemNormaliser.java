package dev.cloudfit.assess.pricing.retail;

import dev.cloudfit.assess.pricing.ArmSkuName;
import dev.cloudfit.assess.pricing.MeterClassifier;
import dev.cloudfit.assess.pricing.MeterKind;
import dev.cloudfit.assess.pricing.MeterUnit;
import dev.cloudfit.assess.pricing.PlausiblePrice;
import dev.cloudfit.assess.pricing.PriceRow;
import dev.cloudfit.assess.pricing.PriceRowSink;
import dev.cloudfit.assess.pricing.PriceType;
import dev.cloudfit.assess.pricing.PricingOs;
import dev.cloudfit.assess.pricing.PricingUnit;
import dev.cloudfit.assess.pricing.PricingUnits;
import dev.cloudfit.assess.pricing.PrimaryMeterRegion;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.RejectedRow;
import dev.cloudfit.assess.pricing.ReservationTerm;
import dev.cloudfit.assess.pricing.SavingsPlanPrice;
import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns wire items into {@link PriceRow}s, or into {@link RejectedRow}s with a reason when a fact is missing or
 * unknown: an unknown {@code unitOfMeasure} or {@code type}, a reservation without a known term, a missing,
 * negative or absurd price ({@link PlausiblePrice}), another currency than the one asked for, an unreadable
 * date. Nothing is guessed. The row's {@link MeterKind} comes from {@link MeterClassifier}; its OS (VM kinds only)
 * from the product name.
 */
final class RetailItemNormaliser {

    private static final Set<MeterKind> VM_KINDS = EnumSet.of(MeterKind.VM, MeterKind.VM_SPOT,
            MeterKind.VM_LOW_PRIORITY, MeterKind.CLOUD_SERVICES, MeterKind.DEDICATED_HOST, MeterKind.VM_PROMO);

    private final Currency currency;
    private final PricingUnits units;

    RetailItemNormaliser(Currency currency, PricingUnits units) {
        this.currency = currency;
        this.units = units;
    }

    void normalise(RetailItem item, PriceRowSink sink) {
        try {
            sink.accept(toRow(item));
        } catch (Rejection r) {
            sink.reject(new RejectedRow(item.meterId(), item.skuId(), item.meterName(), r.getMessage()));
        }
    }

    private PriceRow toRow(RetailItem item) {
        require(item.meterId() != null && !item.meterId().isBlank(), "no meterId");
        require(item.currencyCode() != null, "no currencyCode");
        require(item.currencyCode().equals(currency.getCurrencyCode()),
                "currency " + item.currencyCode() + ", asked for " + currency.getCurrencyCode());
        PriceType type = PriceType.fromWire(item.type())
                .orElseThrow(() -> new Rejection("unknown price type '" + item.type() + "'"));
        Optional<ReservationTerm> term = Optional.empty();
        if (type == PriceType.RESERVATION) {
            term = Optional.of(ReservationTerm.fromWire(item.reservationTerm()).orElseThrow(
                    () -> new Rejection("reservation with unknown term '" + item.reservationTerm() + "'")));
        }
        require(item.retailPrice() != null, "no retailPrice");
        require(item.unitPrice() != null, "no unitPrice");
        plausible(item.retailPrice(), "retailPrice");
        plausible(item.unitPrice(), "unitPrice");
        require(item.unitOfMeasure() != null, "no unitOfMeasure");
        MeterUnit meterUnit = MeterUnit.of(item.unitOfMeasure());
        PricingUnit unit = units.lookup(meterUnit)
                .orElseThrow(() -> new Rejection("unknown unitOfMeasure '" + item.unitOfMeasure() + "'"));
        require(item.armRegionName() != null, "no armRegionName");
        MeterKind kind = MeterClassifier.classify(item.serviceName(), item.productName(), item.skuName(),
                item.meterName());
        Optional<PricingOs> os = VM_KINDS.contains(kind)
                ? Optional.of(PricingOs.fromProductName(nz(item.productName()))) : Optional.empty();
        Optional<ArmSkuName> armSku = item.armSkuName() == null || item.armSkuName().isBlank()
                ? Optional.empty() : Optional.of(ArmSkuName.of(item.armSkuName()));
        return new PriceRow(
                item.meterId(),
                nz(item.meterName()),
                nz(item.skuId()),
                nz(item.skuName()),
                nz(item.productName()),
                nz(item.serviceName()),
                nz(item.serviceFamily()),
                armSku,
                Region.of(item.armRegionName()),
                nz(item.location()),
                type,
                term,
                money(item.retailPrice()),
                money(item.unitPrice()),
                unit,
                item.tierMinimumUnits() == null ? BigDecimal.ZERO : item.tierMinimumUnits(),
                PrimaryMeterRegion.of(item.isPrimaryMeterRegion()),
                instant(item.effectiveStartDate(), "effectiveStartDate"),
                instant(item.effectiveEndDate(), "effectiveEndDate"),
                savingsPlan(item.savingsPlan()),
                kind,
                os);
    }

    private List<SavingsPlanPrice> savingsPlan(List<RetailItem.SavingsPlanItem> items) {
        List<SavingsPlanPrice> plans = new ArrayList<>(items.size());
        for (RetailItem.SavingsPlanItem p : items) {
            ReservationTerm term = ReservationTerm.fromWire(p.term())
                    .orElseThrow(() -> new Rejection("savings plan with unknown term '" + p.term() + "'"));
            require(p.retailPrice() != null, "savings plan without a retailPrice");
            plausible(p.retailPrice(), "savings plan retailPrice");
            BigDecimal unitPrice = p.unitPrice() == null ? p.retailPrice() : p.unitPrice();
            plausible(unitPrice, "savings plan unitPrice");
            plans.add(new SavingsPlanPrice(term, money(p.retailPrice()), money(unitPrice)));
        }
        return plans;
    }

    private Money money(BigDecimal amount) {
        return new Money(amount, currency);
    }

    private static Optional<Instant> instant(String text, String field) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            throw new Rejection("unreadable " + field + " '" + text + "'");
        }
    }

    private static void plausible(BigDecimal amount, String field) {
        PlausiblePrice.problem(amount).ifPresent(problem -> {
            throw new Rejection(field + ": " + problem);
        });
    }

    private static void require(boolean condition, String reason) {
        if (!condition) {
            throw new Rejection(reason);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Why an item cannot become a row; caught in {@link #normalise}, never escapes. */
    private static final class Rejection extends RuntimeException {
        Rejection(String reason) {
            super(reason, null, false, false);
        }
    }
}
