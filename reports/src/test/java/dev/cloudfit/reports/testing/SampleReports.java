package dev.cloudfit.reports.testing;

import dev.cloudfit.core.units.DataRate;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.core.units.Money;
import dev.cloudfit.core.units.Percentage;
import dev.cloudfit.reports.model.AssessmentReport;
import dev.cloudfit.reports.model.Assumption;
import dev.cloudfit.reports.model.AvsRow;
import dev.cloudfit.reports.model.Confidence;
import dev.cloudfit.reports.model.DiskRow;
import dev.cloudfit.reports.model.FinanceInputs;
import dev.cloudfit.reports.model.Fit;
import dev.cloudfit.reports.model.FitOption;
import dev.cloudfit.reports.model.InputFile;
import dev.cloudfit.reports.model.OnPremInput;
import dev.cloudfit.reports.model.PlanRow;
import dev.cloudfit.reports.model.Readiness;
import dev.cloudfit.reports.model.ReadinessRow;
import dev.cloudfit.reports.model.ReportHeader;
import dev.cloudfit.reports.model.ScenarioRow;
import dev.cloudfit.reports.model.RateInput;
import dev.cloudfit.reports.model.DiscountScope;
import dev.cloudfit.reports.model.UtilisationFigure;
import dev.cloudfit.reports.model.VmIdentity;
import dev.cloudfit.reports.model.VmRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.UUID;

/**
 * A deterministic synthetic report of any size, for tests and the benchmark. The first VMs carry
 * names and operating systems that look like formulas ({@code =}, {@code +}, {@code -}, {@code @},
 * tab, CR) to check that they stay text.
 */
public final class SampleReports {

    public static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+SUM(1,2)",
            "-2+3", "@cmd", "\tTabbed", "\rCarriage");
    public static final String CURRENCY = "EUR";
    /** The price source the sample's scenarios name. */
    public static final String PRICE_SOURCE = "embedded snapshot of 2026-07-15";
    private static final String[] SIZES = {"Standard_D2s_v5", "Standard_D4s_v5", "Standard_E4s_v5",
        "Standard_D8s_v5", "Standard_E8s_v5", "Standard_F4s_v2"};
    private static final double[] HOURLY = {0.096, 0.192, 0.252, 0.384, 0.504, 0.169};
    private static final String[] SCENARIOS = {"PAYG", "RI 1 year", "RI 3 years", "PAYG + AHB"};
    private static final double[] SCENARIO_FACTOR = {1.0, 0.62, 0.41, 0.78};
    /** Reservations bill every hour of the month: their compute is a fixed monthly amount. */
    private static final boolean[] COMMITTED = {false, true, true, false};
    /** RHEL licence per running hour (2 vCPU meter) on the non-AHB scenarios, for the RHEL VMs. */
    private static final BigDecimal RHEL_LICENCE = new BigDecimal("0.0288");
    private static final String[] TIERS = {"Standard SSD E10", "Premium SSD P10", "Premium SSD P20", "Standard HDD S30"};
    private static final double[] TIER_MONTHLY = {7.68, 19.71, 38.02, 14.31};

    private SampleReports() {
    }

    public static AssessmentReport sample(int vmCount, long seed) {
        return sample(vmCount, seed, new FinanceInputs(Percentage.of(12.5), FinanceInputs.DEFAULT_HOURS));
    }

    public static AssessmentReport sample(int vmCount, long seed, FinanceInputs finance) {
        Random random = new Random(seed);
        Currency eur = Currency.getInstance(CURRENCY);
        List<VmRow> vms = new ArrayList<>(vmCount);
        List<DiskRow> disks = new ArrayList<>(vmCount * 2);
        List<PlanRow> plan = new ArrayList<>(vmCount);
        BigDecimal[] hourly = new BigDecimal[SCENARIOS.length];
        BigDecimal[] committed = new BigDecimal[SCENARIOS.length];
        BigDecimal[] licences = new BigDecimal[SCENARIOS.length];
        BigDecimal[] rounding = new BigDecimal[SCENARIOS.length];
        BigDecimal[] fixed = new BigDecimal[SCENARIOS.length];
        long[] priced = new long[SCENARIOS.length];
        // the partly priced scenario's missing VMs lack only their size's rate: offered as inputs
        Map<String, Long> rateVms = new java.util.TreeMap<>();
        BigDecimal pendingDisks = BigDecimal.ZERO;
        long sizedVms = 0;
        for (int s = 0; s < SCENARIOS.length; s++) {
            hourly[s] = BigDecimal.ZERO;
            committed[s] = BigDecimal.ZERO;
            licences[s] = BigDecimal.ZERO;
            rounding[s] = BigDecimal.ZERO;
            fixed[s] = BigDecimal.ZERO;
        }
        for (int i = 0; i < vmCount; i++) {
            String name = i < HOSTILE.size() ? HOSTILE.get(i) : String.format("vm-%05d", i);
            VmIdentity id = new VmIdentity(name, "vc" + (i % 3) + ".corp.example", "vm-" + (1000 + i),
                    new UUID(seed, i).toString());
            int size = random.nextInt(SIZES.length);
            Readiness readiness = i % 7 == 3 ? Readiness.NOT_READY
                    : i % 11 == 5 ? Readiness.READY_WITH_CONDITIONS
                    : i % 23 == 7 ? Readiness.UNKNOWN : Readiness.READY;
            boolean sized = readiness != Readiness.NOT_READY;
            sizedVms += sized ? 1 : 0;
            int diskCount = 1 + random.nextInt(3);
            BigDecimal diskMonthly = BigDecimal.ZERO;
            List<String> tiers = new ArrayList<>();
            for (int d = 0; d < diskCount; d++) {
                int tier = random.nextInt(TIERS.length);
                BigDecimal monthly = BigDecimal.valueOf(TIER_MONTHLY[tier]);
                diskMonthly = diskMonthly.add(monthly);
                tiers.add(TIERS[tier]);
                disks.add(new DiskRow(id, "Hard disk " + (d + 1), d == 0,
                        DataSize.ofGibibytes(32 << random.nextInt(6)),
                        i % 13 == 0 ? OptionalLong.empty() : OptionalLong.of(50 + random.nextInt(4000)),
                        i % 13 == 0 ? Optional.empty()
                                : Optional.of(DataRate.ofMebibytesPerSecond(1 + random.nextInt(200) / 4.0)),
                        Optional.of(TIERS[tier]), Optional.of(new Money(monthly, eur))));
            }
            Map<String, Optional<Money>> costs = new LinkedHashMap<>();
            for (int s = 0; s < SCENARIOS.length; s++) {
                boolean missing = !sized || (s == 3 && i % 9 == 4);
                if (missing) {
                    costs.put(SCENARIOS[s], Optional.empty());
                    if (sized) {
                        rateVms.merge(rateMeter(SIZES[size]), 1L, Long::sum);
                        pendingDisks = pendingDisks.add(diskMonthly);
                    }
                    continue;
                }
                BigDecimal h = BigDecimal.valueOf(HOURLY[size] * SCENARIO_FACTOR[s]).setScale(6, RoundingMode.HALF_UP);
                BigDecimal running = finance.hoursPerMonth();
                BigDecimal compute;
                if (COMMITTED[s]) {
                    compute = h.multiply(FinanceInputs.DEFAULT_HOURS);
                    committed[s] = committed[s].add(compute);
                } else {
                    compute = h.multiply(running);
                    hourly[s] = hourly[s].add(h);
                }
                boolean rhel = i >= HOSTILE.size() && i % 4 != 0 && s != 3;
                BigDecimal licence = rhel ? RHEL_LICENCE.multiply(running) : BigDecimal.ZERO;
                licences[s] = licences[s].add(rhel ? RHEL_LICENCE : BigDecimal.ZERO);
                fixed[s] = fixed[s].add(diskMonthly);
                priced[s]++;
                BigDecimal exact = compute.add(licence).add(diskMonthly);
                BigDecimal monthly = exact.setScale(2, RoundingMode.HALF_UP);
                rounding[s] = rounding[s].add(monthly.subtract(exact));
                costs.put(SCENARIOS[s], Optional.of(new Money(monthly, eur)));
            }
            boolean measured = i % 13 != 0;
            vms.add(new VmRow(id, i % 17 == 0 ? "poweredOff" : "poweredOn",
                    i < HOSTILE.size() ? HOSTILE.get(HOSTILE.size() - 1 - i) : (i % 4 == 0
                            ? "Microsoft Windows Server 2019 (64-bit)" : "Red Hat Enterprise Linux 8 (64-bit)"),
                    2 << random.nextInt(3), DataSize.ofGibibytes(4 << random.nextInt(4)),
                    DataSize.ofGibibytes(40 + random.nextInt(2000)), "cluster-" + (char) ('A' + i % 5),
                    measured ? Optional.of(new UtilisationFigure(95, Percentage.of(random.nextInt(1000) / 10.0),
                            "30 days at 2 h")) : Optional.empty(),
                    measured ? Optional.of(new UtilisationFigure(95, Percentage.of(random.nextInt(1000) / 10.0),
                            "30 days at 2 h")) : Optional.empty(),
                    sized ? Optional.of(SIZES[size]) : Optional.empty(), sized ? (i % 2 == 0 ? "CPU" : "memory") : "",
                    sized ? Optional.of(SIZES[(size + 1) % SIZES.length]) : Optional.empty(),
                    sized ? Optional.of(Money.of("12.41", CURRENCY)) : Optional.empty(),
                    costs, readiness,
                    readiness == Readiness.READY ? List.of() : List.of(reason(readiness)),
                    measured ? new Confidence(1 + random.nextInt(5)) : Confidence.NOT_RATED,
                    readiness == Readiness.NOT_READY ? Fit.NOT_READY : (i % 19 == 0 ? Fit.AVS : Fit.IAAS)));
            if (sized) {
                plan.add(new PlanRow(id, SIZES[size], tiers, "westeurope", "rg-migration-w" + (1 + i % 4),
                        "vnet-landing", "snet-app-" + (i % 3), 1 + i % 4,
                        i % 5 == 0 ? "10.20." + (i % 3) + "." + (10 + i % 200) : PlanRow.DYNAMIC_IP, ""));
            }
        }
        List<ScenarioRow> scenarios = new ArrayList<>();
        for (int s = 0; s < SCENARIOS.length; s++) {
            scenarios.add(new ScenarioRow(SCENARIOS[s], "sample scenario " + (s + 1), new Money(hourly[s], eur),
                    new Money(committed[s], eur), new Money(licences[s], eur), new Money(fixed[s], eur),
                    new Money(rounding[s], eur), priced[s], sizedVms - priced[s], PRICE_SOURCE,
                    sizedVms - priced[s] > 0 ? (sizedVms - priced[s]) + " × no reservation row for this size" : "",
                    s == 3 ? rateVms.entrySet().stream().map(e -> new RateInput(e.getKey(), e.getValue(), false,
                            DiscountScope.COMPUTE)).toList() : List.of(),
                    new Money(s == 3 ? pendingDisks : BigDecimal.ZERO, eur)));
        }
        ReportHeader header = new ReportHeader("Azure assessment", "Contoso datacenter (sample)",
                Instant.parse("2026-11-25T02:00:00Z"), "0.1.0-test", eur, List.of("westeurope"), "PAYG");
        return new AssessmentReport(header, finance, vms, disks,
                List.of(new AvsRow("All VMs", "AV36P", 3 + vmCount / 40, "memory", Money.of("24588.00", CURRENCY)),
                        new AvsRow("VMware-only VMs (mix)", "AV36P", 3, "FTT minimum", Money.of("22455.21", CURRENCY))),
                List.of(new ReadinessRow("os.unsupported", Readiness.NOT_READY, 3, "upgrade the guest OS"),
                        new ReadinessRow("disk.count", Readiness.READY_WITH_CONDITIONS, 4, "merge data disks"),
                        new ReadinessRow("perf.missing", Readiness.UNKNOWN, 2, "collect performance data")),
                scenarios,
                List.of(new FitOption("All IaaS", vmCount - 3, 0, 3, Money.of("41234.56", CURRENCY)),
                        new FitOption("All AVS", 0, vmCount, 0, Money.of("61200.00", CURRENCY)),
                        new FitOption("Cheapest mix", vmCount - 6, 3, 3, Money.of("39876.54", CURRENCY))),
                List.of(new OnPremInput("ESXi hosts", new BigDecimal("12"), "hosts", Money.of("412.50", CURRENCY),
                                "hardware lease and support"),
                        new OnPremInput("vSphere licences", new BigDecimal("24"), "CPU sockets",
                                Money.of("118.333", CURRENCY), "subscription per socket"),
                        new OnPremInput("Power and cooling", new BigDecimal("38.5"), "kW",
                                Money.of("109.5", CURRENCY), "average draw"),
                        new OnPremInput("Admin time", new BigDecimal("0.75"), "FTE", Money.of("7333.33", CURRENCY),
                                "operations staff"),
                        new OnPremInput("Storage (provisioned)", new BigDecimal("18.43"), "TiB",
                                Money.of("25", CURRENCY), "VMs' provisioned virtual disk capacity")),
                List.of(new Assumption("Percentile", "95", "utilisation percentile used for sizing"),
                        new Assumption("Comfort factor", "1.3", "headroom on measured need"),
                        new Assumption("Price source", "Azure Retail Prices API, 2026-11-24", "public prices"),
                        new Assumption("Catalog version", "2026-11-01", "VM sizes and disk tiers")),
                List.of(new InputFile("rvtools.xlsx", "a".repeat(64))),
                plan);
    }

    /**
     * The report with one more scenario for which no VM has a price (as reservations are with an
     * embedded snapshot that has none): its totals must read as missing, never 0.
     */
    public static AssessmentReport withUnpricedScenario(AssessmentReport r, String name) {
        long inScope = r.scenarios().get(0).pricedVms() + r.scenarios().get(0).missingPrices();
        Currency c = r.header().currency();
        List<ScenarioRow> scenarios = new ArrayList<>(r.scenarios());
        scenarios.add(new ScenarioRow(name, "no price in the source", Money.zero(c), Money.zero(c), 0, inScope,
                PRICE_SOURCE));
        return new AssessmentReport(r.header(), r.finance(), r.vms(), r.disks(), r.avs(), r.readiness(), scenarios,
                r.fitOptions(), r.onPremises(), r.assumptions(), r.inputFiles(), r.plan());
    }

    /** The meter name of the sample's missing rates. */
    public static String rateMeter(String size) {
        return "westeurope " + size + " LINUX PAYG + AHB";
    }

    /**
     * The report with one more scenario that no VM has a price in, but whose only gap is one unit rate
     * for all of them (as a reservation is offline): offered as an input on the Price inputs sheet.
     */
    public static AssessmentReport withRateOnlyScenario(AssessmentReport r, String name, String meter) {
        long inScope = r.scenarios().get(0).pricedVms() + r.scenarios().get(0).missingPrices();
        Currency c = r.header().currency();
        List<ScenarioRow> scenarios = new ArrayList<>(r.scenarios());
        scenarios.add(new ScenarioRow(name, "one rate missing", Money.zero(c), Money.zero(c), Money.zero(c),
                Money.zero(c), Money.zero(c), 0, inScope, PRICE_SOURCE, inScope + " × no reservation row",
                List.of(new RateInput(meter, inScope, true, DiscountScope.COMPUTE)), Money.of("1234.56", CURRENCY)));
        return new AssessmentReport(r.header(), r.finance(), r.vms(), r.disks(), r.avs(), r.readiness(), scenarios,
                r.fitOptions(), r.onPremises(), r.assumptions(), r.inputFiles(), r.plan());
    }

    private static String reason(Readiness r) {
        return switch (r) {
            case NOT_READY -> "os.unsupported";
            case READY_WITH_CONDITIONS -> "disk.count";
            default -> "perf.missing";
        };
    }
}
