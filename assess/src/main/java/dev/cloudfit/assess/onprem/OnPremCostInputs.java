package dev.cloudfit.assess.onprem;

import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The inputs of the on-premises cost model, one record the user edits through a small JSON file
 * ({@link OnPremCostsFile}). Every default is an <em>assumption</em> (a round, plausible figure, not a quote)
 * and is labelled so in {@link #rows()}; finance should replace them with their own.
 *
 * @param mode per host (the components below) or per VM ({@code perVmMonthly})
 * @param hardwarePerHost purchase price of one host
 * @param amortisationMonths months the purchase is spread over
 * @param vmwareLicencePerCorePerYear VMware subscription per licensed core per year
 * @param minimumCoresPerSocket licensed cores per CPU socket at least (VMware's per-core rule counts 16)
 * @param supportPercentPerYear hardware support per year, in percent of the purchase price
 * @param wattsPerHost average power draw of one host
 * @param pue power usage effectiveness of the datacenter (total facility power / IT power)
 * @param pricePerKwh electricity price
 * @param hoursPerMonth hours a host runs a month (730 = 8,760 / 12)
 * @param rackUnitsPerHost rack units one host occupies
 * @param pricePerRackUnitPerMonth datacenter space per rack unit per month
 * @param adminHoursPerHostPerMonth administration time per host per month
 * @param adminHourlyRate loaded cost of an administrator hour
 * @param storagePerTibPerMonth storage per TiB (2^40 bytes) of the VMs' provisioned disk capacity per month
 * @param perVmMonthly the flat monthly rate per VM, required in the per-VM mode
 * @param termMonths the period of the long-term total (default 36, three years, like a 3-year reservation)
 */
public record OnPremCostInputs(
        Currency currency,
        OnPremCostMode mode,
        Money hardwarePerHost,
        int amortisationMonths,
        Money vmwareLicencePerCorePerYear,
        int minimumCoresPerSocket,
        BigDecimal supportPercentPerYear,
        BigDecimal wattsPerHost,
        BigDecimal pue,
        Money pricePerKwh,
        BigDecimal hoursPerMonth,
        BigDecimal rackUnitsPerHost,
        Money pricePerRackUnitPerMonth,
        BigDecimal adminHoursPerHostPerMonth,
        Money adminHourlyRate,
        Money storagePerTibPerMonth,
        Optional<Money> perVmMonthly,
        int termMonths) {

    public OnPremCostInputs {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(perVmMonthly, "perVmMonthly");
        for (Money m : List.of(hardwarePerHost, vmwareLicencePerCorePerYear, pricePerKwh, pricePerRackUnitPerMonth,
                adminHourlyRate, storagePerTibPerMonth)) {
            requireCurrency(m, currency);
        }
        perVmMonthly.ifPresent(m -> requireCurrency(m, currency));
        for (BigDecimal d : List.of(supportPercentPerYear, wattsPerHost, pue, hoursPerMonth, rackUnitsPerHost,
                adminHoursPerHostPerMonth)) {
            if (Objects.requireNonNull(d).signum() < 0) {
                throw new IllegalArgumentException("on-premises inputs cannot be negative: " + d);
            }
        }
        if (amortisationMonths < 1 || termMonths < 1 || minimumCoresPerSocket < 0) {
            throw new IllegalArgumentException("amortisation and term months must be at least 1");
        }
        if (pue.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException("a PUE is at least 1: " + pue);
        }
        if (mode == OnPremCostMode.PER_VM && perVmMonthly.isEmpty()) {
            throw new IllegalArgumentException("the per-VM mode needs perVmMonthly");
        }
    }

    private static void requireCurrency(Money m, Currency currency) {
        Objects.requireNonNull(m, "amount");
        if (!m.currency().equals(currency)) {
            throw new IllegalArgumentException("every amount must be in " + currency + ": " + m);
        }
        if (m.amount().signum() < 0) {
            throw new IllegalArgumentException("on-premises amounts cannot be negative: " + m);
        }
    }

    /** The defaults, all assumptions, in USD. */
    public static OnPremCostInputs defaults() {
        Currency usd = Currency.getInstance("USD");
        return new OnPremCostInputs(usd, OnPremCostMode.PER_HOST, money("20000", usd), 60, money("350", usd), 16,
                new BigDecimal("10"), new BigDecimal("500"), new BigDecimal("1.5"), money("0.15", usd),
                new BigDecimal("730"), new BigDecimal("2"), money("30", usd), new BigDecimal("2"), money("75", usd),
                money("25", usd), Optional.empty(), 36);
    }

    private static Money money(String amount, Currency c) {
        return new Money(new BigDecimal(amount), c);
    }

    /** (name, value, description) rows for the Assumptions sheet; the names are the input file's fields. */
    public List<List<String>> rows() {
        return List.of(
                row("currency", currency.getCurrencyCode(), "currency of every on-premises amount"),
                row("mode", mode.name(), "PER_HOST (the components below) or PER_VM (perVmMonthly × VMs)"),
                row("hardwarePerHost", plain(hardwarePerHost), "purchase price of one host (assumption)"),
                row("amortisationMonths", Integer.toString(amortisationMonths),
                        "months the purchase is spread over (assumption)"),
                row("vmwareLicencePerCorePerYear", plain(vmwareLicencePerCorePerYear),
                        "VMware subscription per licensed core per year (assumption; use your quote)"),
                row("minimumCoresPerSocket", Integer.toString(minimumCoresPerSocket),
                        "licensed cores per CPU socket at least (VMware per-core licensing counts 16; check your contract)"),
                row("supportPercentPerYear", supportPercentPerYear.toPlainString(),
                        "hardware support per year, % of the purchase price (assumption)"),
                row("wattsPerHost", wattsPerHost.toPlainString(), "average power draw of a host in W (assumption)"),
                row("pue", pue.toPlainString(), "datacenter power usage effectiveness (assumption)"),
                row("pricePerKwh", plain(pricePerKwh), "electricity price per kWh (assumption)"),
                row("hoursPerMonth", hoursPerMonth.toPlainString(), "hours a host runs a month (8,760 / 12)"),
                row("rackUnitsPerHost", rackUnitsPerHost.toPlainString(), "rack units per host (assumption)"),
                row("pricePerRackUnitPerMonth", plain(pricePerRackUnitPerMonth),
                        "datacenter space per rack unit per month (assumption)"),
                row("adminHoursPerHostPerMonth", adminHoursPerHostPerMonth.toPlainString(),
                        "administration hours per host per month (assumption)"),
                row("adminHourlyRate", plain(adminHourlyRate), "loaded cost of an admin hour (assumption)"),
                row("storagePerTibPerMonth", plain(storagePerTibPerMonth),
                        "storage per TiB of the VMs' provisioned disks per month (assumption; no sourced figure)"),
                row("perVmMonthly", perVmMonthly.map(OnPremCostInputs::plain).orElse("(not set)"),
                        "flat monthly cost per VM, used in PER_VM mode"),
                row("termMonths", Integer.toString(termMonths), "months of the long-term total (3 years)"));
    }

    private static List<String> row(String name, String value, String description) {
        return List.of("onprem." + name, value, description);
    }

    private static String plain(Money m) {
        return m.amount().toPlainString();
    }
}
