package dev.cloudfit.reports.workbook;

import dev.cloudfit.reports.plan.signing.TestSigning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudfit.core.units.Money;
import dev.cloudfit.core.units.Percentage;
import dev.cloudfit.reports.model.AssessmentReport;
import dev.cloudfit.reports.model.Backtest;
import dev.cloudfit.reports.model.BacktestVm;
import dev.cloudfit.reports.model.FinanceInputs;
import dev.cloudfit.reports.model.OnPremInput;
import dev.cloudfit.reports.model.PriceCoverage;
import dev.cloudfit.reports.model.RateInput;
import dev.cloudfit.reports.model.RegionComparison;
import dev.cloudfit.reports.model.RegionCost;
import dev.cloudfit.reports.model.RegionTotal;
import dev.cloudfit.reports.model.RegionVm;
import dev.cloudfit.reports.model.ScenarioRow;
import dev.cloudfit.reports.model.VmRow;
import dev.cloudfit.reports.testing.ExternalTools;
import dev.cloudfit.reports.testing.SampleReports;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice recalculates the workbook (every formula, on load) and its totals must equal Java's
 * to the cent: once as written, once after finance edited discount, hours and on-premises inputs
 * with openpyxl; and with a scenario that has no price at all, whose cells must stay words, not 0.
 * Also exports a PDF and renders page 1 for a human look.
 */
class LibreOfficeRecalculationTest {

    private static final Path OUTPUT = Path.of("target", "test-output");

    @TempDir
    Path dir;

    @Test
    void recalculatedTotalsEqualJavaTotalsToTheCent() throws IOException {
        assumeTrue(ExternalTools.onPath("soffice"), "needs LibreOffice (soffice)");
        AssessmentReport report = SampleReports.sample(50, 11);
        Path original = dir.resolve("original.xlsx");
        new WorkbookWriter(TestSigning.SIGNER).write(report, original);
        Path edited = dir.resolve("edited.xlsx");
        // the partly priced scenario offers its missing unit rates as inputs: enter the first one
        ScenarioRow partial = report.scenarios().get(3);
        RateInput firstRate = partial.rateInputs().get(0);
        ExternalTools.edit(original, edited, List.of(
                Map.of("sheet", "Summary", "cell", "B11", "value", 0.15, "as", "number"),
                Map.of("sheet", "Summary", "cell", "B12", "value", 744, "as", "number"),
                Map.of("sheet", "On-premises", "cell", "B2", "value", 14, "as", "number"),
                Map.of("sheet", "On-premises", "cell", "D3", "value", 99.99, "as", "number"),
                Map.of("sheet", "On-premises", "cell", "B6", "value", 21.37, "as", "number"),
                Map.of("sheet", "On-premises", "cell", "D6", "value", 31.2, "as", "number"),
                Map.of("sheet", "Price inputs", "cell", "E2", "value", 0.0731, "as", "number")));
        Path out = Files.createDirectories(dir.resolve("out"));
        ExternalTools.soffice("xlsx", out, dir.resolve("profile"), original, edited);

        assertTotals(ExternalTools.dump(out.resolve("original.xlsx"), true), report.finance(), report.scenarios(),
                report.onPremises());

        FinanceInputs financeEdited = new FinanceInputs(Percentage.of(15), BigDecimal.valueOf(744));
        List<OnPremInput> onPremEdited = new ArrayList<>(report.onPremises());
        OnPremInput hosts = onPremEdited.get(0);
        onPremEdited.set(0, new OnPremInput(hosts.name(), BigDecimal.valueOf(14), hosts.unit(), hosts.monthlyUnitCost(),
                hosts.description()));
        OnPremInput licences = onPremEdited.get(1);
        onPremEdited.set(1, new OnPremInput(licences.name(), licences.quantity(), licences.unit(),
                Money.of("99.99", SampleReports.CURRENCY), licences.description()));
        // the storage line: 21.37 TiB × 31.20 = 666.744 → 666.74 (was 18.43 × 25 = 460.75)
        OnPremInput storage = onPremEdited.get(4);
        assertThat(storage.name()).isEqualTo("Storage (provisioned)");
        assertThat(storage.monthly()).isEqualTo(Money.of("460.75", SampleReports.CURRENCY));
        onPremEdited.set(4, new OnPremInput(storage.name(), new BigDecimal("21.37"), storage.unit(),
                Money.of("31.2", SampleReports.CURRENCY), storage.description()));
        assertThat(onPremEdited.get(4).monthly()).isEqualTo(Money.of("666.74", SampleReports.CURRENCY));
        JsonNode recalculated = ExternalTools.dump(out.resolve("edited.xlsx"), true);
        Map<String, Map<String, BigDecimal>> rates = Map.of(partial.name(),
                Map.of(firstRate.meter(), new BigDecimal("0.0731")));
        assertTotals(recalculated, financeEdited, report.scenarios(), onPremEdited, rates);
        // the entered rate really moved the partial total: rate × VMs × hours, after discount
        assertThat(partial.monthly(financeEdited, rates.get(partial.name())))
                .isNotEqualTo(partial.monthly(financeEdited));
        assertThat(recalculated.path("sheets").path("Price inputs").path("rows").path(1).path(1).path("v").asText())
                .isEqualTo(firstRate.meter());
        // the edit really changed the totals: not an echo of cached values
        assertThat(financeEdited).isNotEqualTo(report.finance());
        assertThat(report.scenarios().get(0).monthly(financeEdited))
                .isNotEqualTo(report.scenarios().get(0).monthly(report.finance()));
    }

    /**
     * With a Regions sheet and a backtest column (values, no formulas), the scenario totals still recalculate to
     * Java's to the cent, and the Regions sheet's totals and the VMs sheet's backtest words survive the
     * recalculation unchanged.
     */
    @Test
    void aRegionComparisonAndABacktestLeaveTheRecalculatedTotalsExact() throws IOException {
        assumeTrue(ExternalTools.onPath("soffice"), "needs LibreOffice (soffice)");
        AssessmentReport base = SampleReports.sample(50, 11);
        String scenario = base.header().referenceScenario();
        List<RegionVm> rows = new ArrayList<>();
        List<BacktestVm> tested = new ArrayList<>();
        Money here = Money.zero(java.util.Currency.getInstance(SampleReports.CURRENCY));
        long priced = 0;
        for (VmRow vm : base.vms()) {
            if (vm.costIn(scenario).isEmpty()) {
                continue;
            }
            // the other region: 5.00 cheaper per VM, so its total is the primary's minus 5.00 × VMs
            Money m = vm.costIn(scenario).get();
            here = here.plus(m);
            priced++;
            rows.add(new RegionVm(vm.id(), vm.recommendedSize().orElse("Standard_D2as_v5"), List.of(
                    new RegionCost("westeurope", scenario, Optional.of(m), ""),
                    new RegionCost("northeurope", scenario, Optional.of(m.minus(Money.of("5.00",
                            SampleReports.CURRENCY))), ""))));
            tested.add(new BacktestVm(vm.id(), vm.recommendedSize(), 84, 2, Optional.of("CPU"), 2, Optional.empty()));
        }
        Money there = here.minus(Money.of("5.00", SampleReports.CURRENCY).times(priced));
        RegionComparison comparison = new RegionComparison(List.of("westeurope", "northeurope"), List.of(scenario),
                rows, List.of(new RegionTotal("westeurope", scenario, here, priced, priced),
                        new RegionTotal("northeurope", scenario, there, priced, priced)));
        AssessmentReport report = base.with(Optional.of(comparison), Optional.of(new Backtest(
                "7 days (2026-10-25 to 2026-11-01)", "up to 30 days of history before it", "P95", 1.3, tested)));
        Path original = dir.resolve("regions.xlsx");
        new WorkbookWriter(TestSigning.SIGNER).write(report, original);
        // each total is a SUM over its column's VM rows (rows 2 to priced + 1), not a number typed in
        JsonNode written = rowNamed(ExternalTools.dump(original, false).path("sheets").path("Regions").path("rows"), "Total");
        assertThat(written.path(4).path("v").asText()).isEqualTo("=SUM(E2:E" + (priced + 1) + ")");
        assertThat(written.path(5).path("v").asText()).isEqualTo("=SUM(F2:F" + (priced + 1) + ")");
        Path out = Files.createDirectories(dir.resolve("out-regions"));
        ExternalTools.soffice("xlsx", out, dir.resolve("profile"), original);

        JsonNode book = ExternalTools.dump(out.resolve("regions.xlsx"), true);
        assertTotals(book, report.finance(), report.scenarios(), report.onPremises());
        JsonNode regions = book.path("sheets").path("Regions").path("rows");
        JsonNode total = rowNamed(regions, "Total");
        assertThat(cents(total.path(4))).isEqualTo(here.rounded().amount());
        assertThat(cents(total.path(5))).isEqualTo(there.rounded().amount());
        assertThat(rowNamed(regions, "Total covers").path(5).path("v").asText())
                .isEqualTo("complete (" + priced + " VMs)");
        JsonNode vms = book.path("sheets").path("VMs").path("rows");
        JsonNode header = vms.path(0);
        assertThat(header.path(header.size() - 1).path("v").asText())
                .isEqualTo("Backtest: held-out samples over capacity");
    }

    @Test
    void exportsPdfAndRendersTheSummaryPage() throws IOException {
        assumeTrue(ExternalTools.onPath("soffice") && ExternalTools.onPath("pdftoppm"), "needs soffice and pdftoppm");
        Path workbook = dir.resolve("assessment.xlsx");
        new WorkbookWriter(TestSigning.SIGNER).write(SampleReports.sample(50, 7), workbook);
        Path out = Files.createDirectories(dir.resolve("pdf"));
        ExternalTools.soffice("pdf", out, dir.resolve("profile-pdf"), workbook);
        Path pdf = out.resolve("assessment.pdf");
        assertThat(pdf).isNotEmptyFile();
        Files.createDirectories(OUTPUT);
        ExternalTools.pdfPageToPng(pdf, OUTPUT.toAbsolutePath().resolve("assessment-page1"));
        Files.copy(workbook, OUTPUT.resolve("assessment.xlsx"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(pdf, OUTPUT.resolve("assessment.pdf"), StandardCopyOption.REPLACE_EXISTING);
        Path png = OUTPUT.resolve("assessment-page1.png");
        assertThat(png).isNotEmptyFile();
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    @Test
    void aScenarioWithoutAnyPriceStaysMissingAfterRecalculationWhilePricedTotalsStayExact() throws IOException {
        assumeTrue(ExternalTools.onPath("soffice"), "needs LibreOffice (soffice)");
        AssessmentReport report = SampleReports.withUnpricedScenario(SampleReports.sample(50, 11), "SP 3 years");
        ScenarioRow unpriced = report.scenarios().get(report.scenarios().size() - 1);
        Path original = dir.resolve("unpriced.xlsx");
        new WorkbookWriter(TestSigning.SIGNER).write(report, original);
        Path edited = dir.resolve("unpriced-edited.xlsx");
        ExternalTools.edit(original, edited, List.of(
                Map.of("sheet", "Summary", "cell", "B11", "value", 0.15, "as", "number"),
                Map.of("sheet", "Summary", "cell", "B12", "value", 744, "as", "number")));
        Path out = Files.createDirectories(dir.resolve("out-unpriced"));
        ExternalTools.soffice("xlsx", out, dir.resolve("profile-unpriced"), edited);
        JsonNode book = ExternalTools.dump(out.resolve("unpriced-edited.xlsx"), true);
        FinanceInputs financeEdited = new FinanceInputs(Percentage.of(15), BigDecimal.valueOf(744));
        assertTotals(book, financeEdited, report.scenarios(), report.onPremises());

        JsonNode sc = book.path("sheets").path("Scenarios").path("rows").path(report.scenarios().size());
        assertThat(sc.path(0).path("v").asText()).isEqualTo("SP 3 years");
        for (int column : new int[] {2, 3, 4, 5, 6, 9, 10, 11}) {
            assertThat(sc.path(column).path("v").isNumber()).as("Scenarios column " + column + " of SP 3 years: "
                    + sc.path(column)).isFalse();
        }
        assertThat(sc.path(9).path("v").asText()).isEqualTo("n/a");
        assertThat(sc.path(12).path("v").asText()).isEqualTo("none: no price in " + SampleReports.PRICE_SOURCE + " (0 of "
                + unpriced.missingPrices() + " VMs)");

        JsonNode summary = book.path("sheets").path("Summary").path("rows");
        JsonNode row = rowNamed(summary, "SP 3 years");
        assertThat(row.path(1).path("v").asText()).isEqualTo(unpriced.missingText());
        for (int column = 2; column <= 4; column++) {
            assertThat(row.path(column).path("v").isNumber()).as("Summary column " + column + ": " + row.path(column))
                    .isFalse();
        }
        assertThat(rowIndex(summary, "SP 3 years")).as("listed after on-premises, outside the chart's rows")
                .isGreaterThan(rowIndex(summary, "On-premises (as is)"));
    }

    @Test
    void aScenarioWhoseOnlyGapIsAUnitRateReadsNaUntilTheRateIsEnteredThenTotalsIt() throws IOException {
        assumeTrue(ExternalTools.onPath("soffice"), "needs LibreOffice (soffice)");
        AssessmentReport report = SampleReports.withRateOnlyScenario(SampleReports.sample(30, 5), "RI3Y",
                "westeurope Standard_D4s_v5 LINUX RI3Y");
        int row = report.scenarios().size(); // 0-based sheet row of the added scenario
        ScenarioRow ri = report.scenarios().get(row - 1);
        int inputRow = 1 + report.scenarios().stream().mapToInt(s -> s.rateInputs().size()).sum(); // its rate: last
        Path original = dir.resolve("rate.xlsx");
        new WorkbookWriter(TestSigning.SIGNER).write(report, original);
        Path edited = dir.resolve("rate-edited.xlsx");
        ExternalTools.edit(original, edited, List.of(
                Map.of("sheet", "Summary", "cell", "B11", "value", 0.1, "as", "number"),
                Map.of("sheet", "Price inputs", "cell", "E" + inputRow, "value", 0.0912, "as", "number")));
        Path out = Files.createDirectories(dir.resolve("out-rate"));
        ExternalTools.soffice("xlsx", out, dir.resolve("profile-rate"), original, edited);
        JsonNode before = ExternalTools.dump(out.resolve("rate.xlsx"), true).path("sheets").path("Scenarios")
                .path("rows").path(row);
        assertThat(before.path(9).path("v").asText()).as("no rate yet: no total, never 0").isEqualTo("n/a");
        JsonNode after = ExternalTools.dump(out.resolve("rate-edited.xlsx"), true).path("sheets").path("Scenarios")
                .path("rows").path(row);
        FinanceInputs tenOff = new FinanceInputs(Percentage.of(10), report.finance().hoursPerMonth());
        // every hour: 0.0912 × VMs × 730, 10 % off compute; then the VMs' disks (1,234.56, not discounted)
        Money expected = ri.monthly(tenOff, Map.of("westeurope Standard_D4s_v5 LINUX RI3Y", new BigDecimal("0.0912")));
        assertThat(expected).isEqualTo(Money.of("0.0912", SampleReports.CURRENCY).times(ri.missingPrices())
                .times(730).times(new BigDecimal("0.9")).plus(Money.of("1234.56", SampleReports.CURRENCY)).rounded());
        assertThat(cents(after.path(9))).isEqualTo(expected.amount());
        assertThat(cents(after.path(11))).isEqualTo(expected.times(36).amount());
    }

    /**
     * The complete scenarios come first on the Summary, in order, then on-premises (the charted rows);
     * an incomplete total comes after them, marked in its name, with no difference to on-premises.
     */
    private static void assertTotals(JsonNode book, FinanceInputs finance, List<ScenarioRow> scenarios,
            List<OnPremInput> onPrem) {
        assertTotals(book, finance, scenarios, onPrem, Map.of());
    }

    private static void assertTotals(JsonNode book, FinanceInputs finance, List<ScenarioRow> scenarios,
            List<OnPremInput> onPrem, Map<String, Map<String, BigDecimal>> rates) {
        JsonNode sc = book.path("sheets").path("Scenarios").path("rows");
        JsonNode summary = book.path("sheets").path("Summary").path("rows");
        Money onPremMonthly = onPrem.stream().map(OnPremInput::monthly).reduce(Money::plus).orElseThrow();
        int shown = 0;
        int partial = 0;
        for (int i = 0; i < scenarios.size(); i++) {
            ScenarioRow s = scenarios.get(i);
            if (s.coverage() == PriceCoverage.NONE) {
                continue;
            }
            JsonNode row = sc.path(i + 1);
            assertThat(cents(row.path(9))).as(s.name() + " monthly").isEqualTo(s.monthly(finance, rates.getOrDefault(s.name(), Map.of())).amount());
            assertThat(cents(row.path(10))).as(s.name() + " annual").isEqualTo(s.monthly(finance, rates.getOrDefault(s.name(), Map.of())).times(12).amount());
            assertThat(cents(row.path(11))).as(s.name() + " 3 years").isEqualTo(s.monthly(finance, rates.getOrDefault(s.name(), Map.of())).times(36).amount());
            if (s.coverage() == PriceCoverage.COMPLETE) {
                JsonNode summaryRow = summary.path(15 + shown++);
                assertThat(summaryRow.path(0).path("v").asText()).isEqualTo(s.name());
                assertThat(cents(summaryRow.path(1))).isEqualTo(s.monthly(finance, rates.getOrDefault(s.name(), Map.of())).amount());
                assertThat(cents(summaryRow.path(3))).isEqualTo(s.monthly(finance, rates.getOrDefault(s.name(), Map.of())).times(36).amount());
                assertThat(cents(summaryRow.path(4))).as(s.name() + " vs on-premises")
                        .isEqualTo(s.monthly(finance, rates.getOrDefault(s.name(), Map.of())).minus(onPremMonthly).amount());
            } else {
                partial++;
                JsonNode summaryRow = rowNamed(summary, s.name() + " (incomplete)");
                assertThat(rowIndex(summary, s.name() + " (incomplete)")).as("below the charted rows")
                        .isGreaterThan(rowIndex(summary, "On-premises (as is)"));
                assertThat(cents(summaryRow.path(1))).isEqualTo(s.monthly(finance, rates.getOrDefault(s.name(), Map.of())).amount());
                assertThat(cents(summaryRow.path(3))).isEqualTo(s.monthly(finance, rates.getOrDefault(s.name(), Map.of())).times(36).amount());
                assertThat(summaryRow.path(4).path("v").asText()).isEqualTo("n/a — total incomplete");
                assertThat(summaryRow.path(5).path("v").asText())
                        .startsWith("incomplete: " + s.missingPrices() + " of " + (s.pricedVms() + s.missingPrices())
                                + " VMs without price");
            }
        }
        assertThat(partial).as("the sample has a partly priced scenario").isPositive();
        JsonNode onPremRow = summary.path(15 + shown);
        assertThat(onPremRow.path(0).path("v").asText()).isEqualTo("On-premises (as is)");
        assertThat(cents(onPremRow.path(1))).isEqualTo(onPremMonthly.amount());
        assertThat(cents(onPremRow.path(2))).isEqualTo(onPremMonthly.times(12).amount());
    }

    private static int rowIndex(JsonNode rows, String first) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.path(i).path(0).path("v").asText().equals(first)) {
                return i;
            }
        }
        throw new AssertionError("no row starting with " + first);
    }

    private static JsonNode rowNamed(JsonNode rows, String first) {
        return rows.path(rowIndex(rows, first));
    }

    private static BigDecimal cents(JsonNode cell) {
        assertThat(cell.path("v").isNumber()).as("a number: " + cell).isTrue();
        return BigDecimal.valueOf(cell.path("v").asDouble()).setScale(2, RoundingMode.HALF_UP);
    }
}
