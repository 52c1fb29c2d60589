package dev.cloudfit.reports.model;

import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One pricing scenario (PAYG, RI 1y/3y, savings plan, with or without Azure Hybrid Benefit) summed
 * over the estate. Compute is kept per hour so that the hours-per-month input can drive it; disks
 * and other monthly-billed items are a fixed monthly amount.
 *
 * @param computeHourly sum of the hourly compute prices of every priced VM
 * @param fixedMonthly  managed disks and other items billed per month
 * @param pricedVms     VMs placed on IaaS with a price in this scenario
 * @param missingPrices VMs placed on IaaS without one (not counted in the totals, and said so)
 * @param priceSource   where prices were looked up, short, e.g. "embedded snapshot of 2026-07-15";
 *                      the workbook says "n/a — no price in" this when the scenario has no price at all
 */
public record ScenarioRow(String name, String description, Money computeHourly, Money fixedMonthly,
        long pricedVms, long missingPrices, String priceSource) {

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
        priceSource = Text.required(priceSource, "priceSource");
    }

    /** Whether the totals cover every VM, some of them, or none. */
    public PriceCoverage coverage() {
        return PriceCoverage.of(pricedVms, missingPrices);
    }

    /** The monthly total, or empty when no VM has a price in this scenario (never a made-up zero). */
    public Optional<Money> monthlyIfPriced(FinanceInputs finance) {
        return coverage() == PriceCoverage.NONE ? Optional.empty() : Optional.of(monthly(finance));
    }

    /** What the workbook and the JSON output say instead of a total when there is none. */
    public String missingText() {
        return "n/a — no price in " + priceSource;
    }

    /**
     * Monthly total of the priced VMs after discount, rounded to the currency's minor unit: the same
     * arithmetic as the workbook's formula {@code ROUND((hourly × hours + fixed) × (1 − discount), 2)}.
     * Read it with {@link #coverage()}: it is a lower bound when PARTIAL and meaningless when NONE.
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
