package dev.cloudfit.assess.pricing.scenario;

import dev.cloudfit.assess.pricing.PriceBook;
import dev.cloudfit.assess.pricing.PricingPlan;
import dev.cloudfit.assess.pricing.Region;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The settings of a scenario run, each listed with its value and meaning for the report's Assumptions sheet.
 *
 * @param hoursPerMonth hours in a billing month (default 730 = 8,760 / 12); reservations and savings plans are
 *     billed for all of them, pay-as-you-go and Dev/Test for the VM's running hours (default: all of them)
 * @param currency the currency of every price; the price list must be in it (no conversion)
 * @param discount a negotiated discount and the categories it applies to (default none)
 * @param plans the pricing plans to compare (default all six)
 * @param hybridBenefitVariants price each plan both without and with Azure Hybrid Benefit (default true); when
 *     false, without only
 * @param compareRegions other regions to price the same items in, each as its own set of scenarios
 */
public record ScenarioSettings(BigDecimal hoursPerMonth, Currency currency, Discount discount,
        List<PricingPlan> plans, boolean hybridBenefitVariants, List<Region> compareRegions) {

    public ScenarioSettings {
        Objects.requireNonNull(hoursPerMonth, "hoursPerMonth");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(discount, "discount");
        plans = List.copyOf(plans);
        compareRegions = List.copyOf(compareRegions);
        if (hoursPerMonth.signum() <= 0 || hoursPerMonth.compareTo(new BigDecimal("744")) > 0) {
            throw new IllegalArgumentException("hours per month must be between 0 and 744: " + hoursPerMonth);
        }
        if (plans.isEmpty()) {
            throw new IllegalArgumentException("at least one pricing plan");
        }
    }

    public static ScenarioSettings defaults() {
        return new ScenarioSettings(PriceBook.DEFAULT_HOURS_PER_MONTH, Currency.getInstance("USD"),
                new Discount(BigDecimal.ZERO, Set.of(CostCategory.COMPUTE)), List.of(PricingPlan.values()), true,
                List.of());
    }

    public ScenarioSettings withDiscount(Discount d) {
        return new ScenarioSettings(hoursPerMonth, currency, d, plans, hybridBenefitVariants, compareRegions);
    }

    public ScenarioSettings withCurrency(Currency c) {
        return new ScenarioSettings(hoursPerMonth, c, discount, plans, hybridBenefitVariants, compareRegions);
    }

    public ScenarioSettings withHoursPerMonth(BigDecimal h) {
        return new ScenarioSettings(h, currency, discount, plans, hybridBenefitVariants, compareRegions);
    }

    public ScenarioSettings withPlans(List<PricingPlan> p, boolean bothHybridBenefitVariants) {
        return new ScenarioSettings(hoursPerMonth, currency, discount, p, bothHybridBenefitVariants, compareRegions);
    }

    public ScenarioSettings withCompareRegions(List<Region> regions) {
        return new ScenarioSettings(hoursPerMonth, currency, discount, plans, hybridBenefitVariants, regions);
    }

    /** (name, value, description) rows for the report's Assumptions sheet. */
    public List<List<String>> rows() {
        return List.of(
                List.of("scenario.hoursPerMonth", hoursPerMonth.toPlainString(),
                        "hours in a billing month; reservations and savings plans are billed for all of them, "
                                + "pay-as-you-go and Dev/Test for the hours a VM runs"),
                List.of("scenario.currency", currency.getCurrencyCode(),
                        "currency of every price; prices are never converted"),
                List.of("scenario.discountPercent", discount.percent().toPlainString(),
                        "negotiated discount off list prices, in percent"),
                List.of("scenario.discountAppliesTo", discount.appliesTo().stream().sorted().map(Enum::name)
                        .collect(Collectors.joining(",")), "cost categories the discount applies to"),
                List.of("scenario.plans", plans.stream().map(Enum::name).collect(Collectors.joining(",")),
                        "pricing plans compared side by side"),
                List.of("scenario.hybridBenefitVariants", Boolean.toString(hybridBenefitVariants),
                        "price each plan without and with Azure Hybrid Benefit (Windows, RHEL, SLES)"),
                List.of("scenario.compareRegions", compareRegions.isEmpty() ? "(none)"
                        : compareRegions.stream().map(Region::name).collect(Collectors.joining(",")),
                        "other regions the same items are priced in"));
    }
}
