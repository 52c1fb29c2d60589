package dev.cloudfit.reports.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.units.Money;
import dev.cloudfit.core.units.Percentage;
import dev.cloudfit.reports.testing.SampleReports;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportModelTest {

    private static final FinanceInputs DISCOUNTED = new FinanceInputs(Percentage.of(12.5), BigDecimal.valueOf(730));

    @Test
    void scenarioTotalsRoundTheMonthThenMultiply() {
        ScenarioRow s = new ScenarioRow("PAYG", "", Money.of("1.234567", "EUR"), Money.of("100.005", "EUR"), 3, 0,
                "test prices");
        // the discount applies to compute only by default, never silently to disks:
        // 1.234567 × 730 × 0.875 + 100.005 = 788.579671... + 100.005 = 888.58467125
        assertThat(s.monthly(DISCOUNTED)).isEqualTo(Money.of("888.58", "EUR"));
        assertThat(s.annual(DISCOUNTED).amount()).isEqualByComparingTo("10662.96");
        assertThat(s.threeYears(DISCOUNTED).amount()).isEqualByComparingTo("31988.88");
        assertThat(s.monthly(FinanceInputs.defaults()).amount()).isEqualByComparingTo("1001.24");
        // asked to apply to disks too: (1.234567 × 730 + 100.005) × 0.875 = 876.08404625
        FinanceInputs withDisks = new FinanceInputs(Percentage.of(12.5), BigDecimal.valueOf(730),
                java.util.EnumSet.of(DiscountScope.COMPUTE, DiscountScope.DISKS));
        assertThat(s.monthly(withDisks)).isEqualTo(Money.of("876.08", "EUR"));
    }

    @Test
    void committedComputeIgnoresTheRunningHoursWhileLicencesAndPaygFollowThem() {
        // hourly PAYG 0.1, committed 50.00 a month, licence 0.0288/h, disks 21.68, rounding 0.01
        ScenarioRow s = new ScenarioRow("mix", "", Money.of("0.1", "USD"), Money.of("50.00", "USD"),
                Money.of("0.0288", "USD"), Money.of("21.68", "USD"), Money.of("0.01", "USD"), 2, 0, "test", "");
        FinanceInputs at200 = new FinanceInputs(Percentage.ZERO, BigDecimal.valueOf(200));
        // 0.1 × 200 + 50 + 0.0288 × 200 + 21.68 + 0.01 = 20 + 50 + 5.76 + 21.68 + 0.01 = 97.45
        assertThat(s.monthly(at200).amount()).isEqualByComparingTo("97.45");
        FinanceInputs tenOff = new FinanceInputs(Percentage.of(10), BigDecimal.valueOf(200));
        // (20 + 50) × 0.9 + 5.76 + 21.68 + 0.01 = 63 + 27.45 = 90.45
        assertThat(s.monthly(tenOff).amount()).isEqualByComparingTo("90.45");
    }

    @Test
    void aScenarioWithoutAnyPriceHasNoTotalAndOneThatLeavesVmsOutSaysSo() {
        Money zero = Money.zero(java.util.Currency.getInstance("EUR"));
        ScenarioRow none = new ScenarioRow("RI3Y", "", zero, zero, 0, 117, "embedded snapshot of 2026-07-15");
        assertThat(none.coverage()).isEqualTo(PriceCoverage.NONE);
        assertThat(none.monthlyIfPriced(DISCOUNTED)).isEmpty();
        assertThat(none.missingText()).isEqualTo("n/a — no price in embedded snapshot of 2026-07-15");
        ScenarioRow partial = new ScenarioRow("SP1Y", "", Money.of("1", "EUR"), zero, 94, 23, "x");
        assertThat(partial.coverage()).isEqualTo(PriceCoverage.PARTIAL);
        assertThat(partial.monthlyIfPriced(FinanceInputs.defaults()).orElseThrow().amount())
                .isEqualByComparingTo("730");
        assertThat(new ScenarioRow("PAYG", "", zero, zero, 0, 0, "x").coverage())
                .as("nothing to price is complete, and 0 is then the true total").isEqualTo(PriceCoverage.COMPLETE);
        assertThatThrownBy(() -> new FitOption("All AVS", 0, 3, 0, java.util.Optional.empty(), ""))
                .as("a missing cost must say why").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void discountIsTakenFromItsDecimalText() {
        assertThat(new FinanceInputs(Percentage.of(0.1), FinanceInputs.DEFAULT_HOURS).keptShare())
                .isEqualByComparingTo("0.999");
        assertThatThrownBy(() -> new FinanceInputs(Percentage.ZERO, BigDecimal.valueOf(745)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onPremisesLineIsQuantityTimesUnitCostRounded() {
        OnPremInput licences = new OnPremInput("vSphere", new BigDecimal("24"), "sockets", Money.of("118.333", "EUR"), "");
        assertThat(licences.monthly().amount()).isEqualByComparingTo("2839.99");
    }

    @Test
    void aVmWithoutAPriceHasAnEmptyCostNotZero() {
        VmRow vm = SampleReports.sample(10, 1).vms().get(3); // i % 7 == 3: not ready, no prices
        assertThat(vm.readiness()).isEqualTo(Readiness.NOT_READY);
        assertThat(vm.costIn("PAYG")).isEmpty();
        assertThat(vm.costIn("no such scenario")).isEmpty();
        assertThatThrownBy(() -> vm.monthlyCost().put("x", java.util.Optional.empty()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void utilisationSaysWhatItWasComputedFrom() {
        assertThat(new UtilisationFigure(95, Percentage.of(41), "30 days at 2 h").describe("CPU"))
                .isEqualTo("P95 CPU 41 % (30 days at 2 h)");
        assertThat(new Confidence(3).display()).isEqualTo("★★★☆☆");
        assertThat(Confidence.NOT_RATED.display()).isEqualTo("not rated");
        assertThatThrownBy(() -> new Confidence(6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Confidence(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(UtilisationFigure.singleFigure(Percentage.of(5), "single figure from the CSV").describe("CPU"))
                .isEqualTo("CPU 5 % (single figure from the CSV)");
    }

    @Test
    void theReportRefusesPartsThatDisagree() {
        AssessmentReport r = SampleReports.sample(10, 1);
        assertThatThrownBy(() -> new AssessmentReport(new ReportHeader("t", "e", r.header().generatedAt(), "v",
                r.header().currency(), List.of("westeurope"), "no such scenario"), r.finance(), r.vms(), r.disks(),
                r.avs(), r.readiness(), r.scenarios(), r.fitOptions(), r.onPremises(), r.assumptions(),
                r.inputFiles(), r.plan())).hasMessageContaining("reference scenario");
        List<OnPremInput> dollars = List.of(new OnPremInput("hosts", BigDecimal.ONE, "", Money.of("1", "USD"), ""));
        assertThatThrownBy(() -> new AssessmentReport(r.header(), r.finance(), r.vms(), r.disks(), r.avs(),
                r.readiness(), r.scenarios(), r.fitOptions(), dollars, r.assumptions(), r.inputFiles(), r.plan()))
                .hasMessageContaining("USD");
        List<PlanRow> twice = new ArrayList<>(r.plan());
        twice.add(r.plan().get(0));
        assertThatThrownBy(() -> new AssessmentReport(r.header(), r.finance(), r.vms(), r.disks(), r.avs(),
                r.readiness(), r.scenarios(), r.fitOptions(), r.onPremises(), r.assumptions(), r.inputFiles(), twice))
                .hasMessageContaining("two plan rows");
        assertThatThrownBy(() -> new InputFile("x.csv", "not-a-digest")).isInstanceOf(IllegalArgumentException.class);
    }
}
