package dev.cloudfit.reports.model;

import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One pricing scenario (PAYG, RI 1y/3y, savings plan, with or without Azure Hybrid Benefit) summed
 * over the estate. Compute is kept per hour so that the hours-per-month input can drive it; disks
 * and other monthly-billed items are a fixed monthly amount.
 *
 * @param computeHourly sum of the hourly compute prices of every priced VM
 * @param fixedMonthly  managed disks and other items billed per month
 * @param pricedVms     VMs with a price in this scenario
 * @param missingPrices VMs without one (not counted in the totals, and said so)
 */
public record ScenarioRow(String name, String description, Money computeHourly, Money fixedMonthly,
        long pricedVms, long missingPrices) {

    public ScenarioRow {
        name = Text.required(name, "name");
        description = Text.orEmpty(description);
        Objects.requireNonNull(computeHourly, "computeHourly");
        Objects.requireNonNull(fixedMonthly, "fixedMonthly");
        if (!computeHourly.currency().equals(fixedMonthly.currency())) {
            throw new IllegalArgumentException("scenario " + name + " mixes currencies");
        }
        if (pricedVms < 0 || missingPrices < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /**
     * Monthly total after discount, rounded to the currency's minor unit: the same arithmetic as
     * the workbook's formula {@code ROUND((hourly × hours + fixed) × (1 − discount), 2)}.
     */
    public Money monthly(FinanceInputs finance) {
        return computeHourly.times(finance.hoursPerMonth()).plus(fixedMonthly)
                .times(finance.keptShare()).rounded();
    }

    /** Twelve rounded months. */
    public Money annual(FinanceInputs finance) {
        return monthly(finance).times(BigDecimal.valueOf(12));
    }

    /** Thirty-six rounded months. */
    public Money threeYears(FinanceInputs finance) {
        return monthly(finance).times(BigDecimal.valueOf(36));
    }
}
