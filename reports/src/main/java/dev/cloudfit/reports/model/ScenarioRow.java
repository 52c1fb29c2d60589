package dev.cloudfit.reports.model;

import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One pricing scenario (PAYG, RI 1y/3y, savings plan, with or without Azure Hybrid Benefit) summed
 * over the VMs priced in it, split the way Azure bills it so that the finance inputs can drive it:
 * compute billed per running hour (pay-as-you-go, Dev/Test), compute committed for every hour of the
 * month (reservations, savings plans: the hours input does not change it), RHEL/SLES licence meters
 * per running hour, and disks per month.
 *
 * @param computeHourly    sum of the hourly pay-as-you-go/Dev-Test compute rates of the priced VMs
 * @param committedMonthly sum of the monthly reservation/savings-plan compute of the priced VMs
 * @param licenceHourly    sum of the hourly RHEL/SLES licence meters of the priced VMs
 * @param fixedMonthly     managed disks of the priced VMs, billed per month
 * @param rounding         what rounding each VM's figure to the cent once adds to the total at the
 *                         assessed inputs (sum of the rounded per-VM figures − the unrounded sum), so
 *                         that the displayed per-VM figures add up to the displayed total
 * @param pricedVms        VMs placed on IaaS with a price in this scenario
 * @param missingPrices    VMs placed on IaaS without one (not counted in the totals, and said so)
 * @param priceSource      where prices were looked up, short, e.g. "embedded snapshot of 2026-07-15";
 *                         the workbook says "n/a — no price in" this when the scenario has no price at all
 * @param missingWhy       why VMs are missing, in a few words (empty when complete)
 * @param rateInputs       the unit rates the missing VMs lack, offered as workbook inputs (empty
 *                         when a missing VM lacks something else too, e.g. a disk price)
 * @param pendingFixed     the disks of the VMs awaiting those rates, counted once every rate is entered
 */
public record ScenarioRow(String name, String description, Money computeHourly, Money committedMonthly,
        Money licenceHourly, Money fixedMonthly, Money rounding, long pricedVms, long missingPrices,
        String priceSource, String missingWhy, List<RateInput> rateInputs, Money pendingFixed) {

    public ScenarioRow {
        name = Text.required(name, "name");
        description = Text.orEmpty(description);
        Objects.requireNonNull(computeHourly, "computeHourly");
        Objects.requireNonNull(committedMonthly, "committedMonthly");
        Objects.requireNonNull(licenceHourly, "licenceHourly");
        Objects.requireNonNull(fixedMonthly, "fixedMonthly");
        Objects.requireNonNull(rounding, "rounding");
        for (Money m : new Money[] {committedMonthly, licenceHourly, fixedMonthly, rounding}) {
            if (!computeHourly.currency().equals(m.currency())) {
                throw new IllegalArgumentException("scenario " + name + " mixes currencies");
            }
        }
        if (pricedVms < 0 || missingPrices < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        priceSource = Text.required(priceSource, "priceSource");
        missingWhy = Text.orEmpty(missingWhy);
        rateInputs = List.copyOf(rateInputs);
        Objects.requireNonNull(pendingFixed, "pendingFixed");
    }

    /** A scenario without rate inputs. */
    public ScenarioRow(String name, String description, Money computeHourly, Money committedMonthly,
            Money licenceHourly, Money fixedMonthly, Money rounding, long pricedVms, long missingPrices,
            String priceSource, String missingWhy) {
        this(name, description, computeHourly, committedMonthly, licenceHourly, fixedMonthly, rounding, pricedVms,
                missingPrices, priceSource, missingWhy, List.of(), Money.zero(computeHourly.currency()));
    }

    /** A scenario of pay-as-you-go compute and monthly disks only, without a rounding share. */
    public ScenarioRow(String name, String description, Money computeHourly, Money fixedMonthly,
            long pricedVms, long missingPrices, String priceSource) {
        this(name, description, computeHourly, Money.zero(computeHourly.currency()),
                Money.zero(computeHourly.currency()), fixedMonthly, Money.zero(computeHourly.currency()), pricedVms,
                missingPrices, priceSource, "");
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
        return "n/a — no price in " + priceSource + (missingWhy.isEmpty() ? "" : " (" + missingWhy + ")");
    }

    /**
     * Monthly total of the priced VMs after discount, rounded to the currency's minor unit: the same
     * arithmetic as the workbook's formula
     * {@code ROUND((hourly × hours + committed) × (1 − d·compute) + licences × hours × (1 − d·licences)
     * + disks × (1 − d·disks) + rounding, 2)}, where the discount applies to the categories
     * {@link FinanceInputs} names (compute only by default; never silently to disks).
     * Read it with {@link #coverage()}: it is a lower bound when PARTIAL and meaningless when NONE.
     */
    public Money monthly(FinanceInputs finance) {
        return monthly(finance, Map.of());
    }

    /**
     * The monthly total with the unit rates entered for some {@link #rateInputs} (by meter): each adds
     * rate × VMs × hours (730 when billed every hour, else the running hours) to its category, and
     * once every rate is entered the disks of those VMs count too ({@link #pendingFixed}).
     */
    public Money monthly(FinanceInputs finance, Map<String, BigDecimal> rates) {
        BigDecimal hours = finance.hoursPerMonth();
        Money zero = Money.zero(computeHourly.currency());
        Money rateCompute = zero;
        Money rateLicences = zero;
        boolean allEntered = !rateInputs.isEmpty();
        for (RateInput r : rateInputs) {
            BigDecimal rate = rates.get(r.meter());
            if (rate == null) {
                allEntered = false;
                continue;
            }
            Money m = new Money(rate, computeHourly.currency()).times(r.vms())
                    .times(r.everyHour() ? FinanceInputs.DEFAULT_HOURS : hours);
            if (r.category() == DiscountScope.LICENCES) {
                rateLicences = rateLicences.plus(m);
            } else {
                rateCompute = rateCompute.plus(m);
            }
        }
        return computeHourly.times(hours).plus(committedMonthly).plus(rateCompute)
                .times(finance.keptShare(DiscountScope.COMPUTE))
                .plus(licenceHourly.times(hours).plus(rateLicences).times(finance.keptShare(DiscountScope.LICENCES)))
                .plus(fixedMonthly.plus(allEntered ? pendingFixed : zero).times(finance.keptShare(DiscountScope.DISKS)))
                .plus(rounding)
                .rounded();
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
