package dev.cloudfit.reports.workbook;

import dev.cloudfit.core.units.Money;
import dev.cloudfit.reports.model.AssessmentReport;
import dev.cloudfit.reports.model.FinanceInputs;
import dev.cloudfit.reports.model.FitOption;
import dev.cloudfit.reports.model.OnPremInput;
import dev.cloudfit.reports.model.PriceCoverage;
import dev.cloudfit.reports.model.Readiness;
import dev.cloudfit.reports.model.ScenarioRow;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The Summary sheet (XSSF, for its charts): what the report is, the two finance inputs, cost per
 * scenario against on-premises (live formulas), IaaS vs AVS vs mix, VMs by readiness, cost by
 * cluster and the 20 most expensive VMs, with a chart beside each table.
 */
final class SummarySheetWriter {

    /** 0-based rows of the finance inputs, in column B; named {@code Discount} and {@code HoursPerMonth}. */
    static final int DISCOUNT_ROW = 10;
    static final int HOURS_ROW = 11;
    private static final int SCENARIO_HEADER_ROW = 14;
    private static final int CHART_COLUMN = 7;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** Slice colours in {@link Readiness} order, as the readiness conditional formatting colours them. */
    private static final byte[][] READINESS_COLOURS = {{(byte) 0xCC, (byte) 0xFF, (byte) 0xCC},
        {(byte) 0xFF, (byte) 0x99, 0x00}, {(byte) 0xFF, (byte) 0x99, (byte) 0xCC}, {(byte) 0xC0, (byte) 0xC0, (byte) 0xC0}};

    private final Styles styles;
    private final ColumnWidths widths = new ColumnWidths(6);
    private XSSFSheet sheet;
    /** Last row of the scenario chart's range: the priced scenarios, then on-premises when known. */
    private int chartLastRow;

    SummarySheetWriter(Styles styles) {
        this.styles = styles;
    }

    /** Defines the input names; must run before any formula uses them. */
    static void defineInputNames(Workbook wb, XSSFSheet summary) {
        OnPremSheetWriter.name(wb, InputNames.DISCOUNT, summary, DISCOUNT_ROW, 1, DISCOUNT_ROW, 1);
        OnPremSheetWriter.name(wb, InputNames.HOURS_PER_MONTH, summary, HOURS_ROW, 1, HOURS_ROW, 1);
    }

    void write(XSSFSheet summary, AssessmentReport report) {
        this.sheet = summary;
        var h = report.header();
        var finance = report.finance();
        cell(0, 0, h.title(), styles.title);
        pair(1, "Estate", h.estate());
        pair(2, "Generated", WHEN.format(h.generatedAt()));
        pair(3, "Tool version", h.toolVersion());
        pair(4, "Currency", h.currency().getCurrencyCode());
        pair(5, "Regions", String.join(", ", h.regions()));
        pair(6, "Reference scenario", ScenarioTitles.of(h.referenceScenario()));
        cell(7, 0, "VMs assessed", styles.text);
        number(7, 1, report.vms().size(), styles.integer);

        cell(9, 0, "Inputs (yellow cells are editable)", styles.heading);
        cell(DISCOUNT_ROW, 0, "Discount on Azure prices", styles.text);
        number(DISCOUNT_ROW, 1, finance.discount().fraction(), styles.inputPercent);
        cell(HOURS_ROW, 0, "Running hours per month", styles.text);
        number(HOURS_ROW, 1, finance.hoursPerMonth().doubleValue(), styles.inputDecimal);
        cell(HOURS_ROW + 1, 0, "The discount applies to " + ScenarioSheetWriter.scope(finance) + "; running hours"
                + " drive pay-as-you-go, Dev/Test and licences (reservations and savings plans bill every hour)",
                styles.missing);

        int r = scenarioTable(report.scenarios(), report.onPremises(), report);
        r = fitTable(r + 2, report.fitOptions());
        SummaryFigures figures = SummaryFigures.of(report);
        SummaryCharts charts = new SummaryCharts(summary);
        int readinessFirst = r + 4;
        r = readinessTable(r + 2, figures);
        charts.pie("VMs by readiness", readinessFirst, r, 0, 1, READINESS_COLOURS, CHART_COLUMN, 21, 8, 16);
        int clusterFirst = r + 4;
        r = shareTable(r + 2, "Monthly cost by cluster (" + ScenarioTitles.of(h.referenceScenario()) + ", list price)",
                List.of("Cluster", "Monthly"), figures.clusters(), false);
        charts.bars("Monthly cost by cluster", clusterFirst, r, 0, 1, true, CHART_COLUMN, 38, 8, 18);
        if (figures.unpriced() > 0) {
            r++;
            cell(r, 0, "Leaves out " + figures.unpriced() + " VMs on IaaS without a price in "
                    + ScenarioTitles.of(h.referenceScenario()) + " (\"missing\" on the VMs sheet)", styles.warning);
        }
        int topFirst = r + 4;
        r = shareTable(r + 2, "Top " + SummaryFigures.TOP_VMS + " most expensive VMs (" + ScenarioTitles.of(h.referenceScenario())
                + ", list price)", List.of("VM", "Monthly", "Cluster", "Size"), figures.topVms(), true);
        charts.bars("Top " + SummaryFigures.TOP_VMS + " most expensive VMs", topFirst, r, 0, 1, true,
                CHART_COLUMN, 57, 8, 24);
        charts.bars("Monthly cost: Azure scenarios and on-premises", SCENARIO_HEADER_ROW + 1, chartLastRow, 0, 1,
                false, CHART_COLUMN, 1, 8, 19);
        r = extraLines(r + 2, report);
        widths.see(0, 24);
        widths.applyTo(summary);
        PageSetup.landscapeFitWidth(summary);
        Protection.protect(summary);
    }

    /**
     * Per priced scenario: monthly, annual, 3 years (formulas on the Scenarios sheet) and, when the
     * total is complete, the difference to on-premises; then on-premises; then the scenarios without
     * any price, in words. The chart takes the complete scenarios and on-premises, which are
     * contiguous: an incomplete scenario (a lower bound) is listed below them, with no bar and no
     * comparison with on-premises, and no scenario appears as a bar of 0. Returns the last row written.
     */
    private int scenarioTable(List<ScenarioRow> scenarios, List<OnPremInput> onPrem, AssessmentReport report) {
        var finance = report.finance();
        boolean onPremKnown = !onPrem.isEmpty();
        Money onPremMonthly = onPrem.stream().map(OnPremInput::monthly)
                .reduce(Money.zero(report.header().currency()), Money::plus);
        cell(SCENARIO_HEADER_ROW - 1, 0, "Cost per scenario, after discount; Azure vs on-premises", styles.heading);
        header(SCENARIO_HEADER_ROW, "Scenario", "Monthly", "Annual", "3 years", "Monthly vs on-premises",
                "Price coverage");
        int r = SCENARIO_HEADER_ROW;
        for (int i = 0; i < scenarios.size(); i++) {
            if (scenarios.get(i).coverage() == PriceCoverage.COMPLETE) {
                r = scenarioRow(++r, scenarios.get(i), i + 2, finance, onPremKnown, onPremMonthly);
            }
        }
        chartLastRow = r;
        r++;
        cell(r, 0, "On-premises (as is)", styles.heading);
        if (onPremKnown) {
            formula(r, 1, InputNames.ON_PREM_MONTHLY, onPremMonthly, styles.moneyBold);
            formula(r, 2, "B" + (r + 1) + "*12", onPremMonthly.times(12), styles.moneyBold);
            formula(r, 3, "B" + (r + 1) + "*36", onPremMonthly.times(36), styles.moneyBold);
            chartLastRow = r;
        } else {
            cell(r, 1, "n/a — no on-premises inputs (see the On-premises sheet)", styles.missing);
        }
        // incomplete totals are lower bounds: below the charted rows, never a bar, never compared
        boolean firstPartial = true;
        for (int i = 0; i < scenarios.size(); i++) {
            if (scenarios.get(i).coverage() != PriceCoverage.PARTIAL) {
                continue;
            }
            if (firstPartial) {
                r += 2;
                cell(r, 0, "Incomplete scenarios (lower bounds: VMs without a price are left out)", styles.heading);
                firstPartial = false;
            }
            r = scenarioRow(++r, scenarios.get(i), i + 2, finance, onPremKnown, onPremMonthly);
        }
        boolean first = true;
        for (ScenarioRow s : scenarios) {
            if (s.coverage() != PriceCoverage.NONE) {
                continue;
            }
            if (first) {
                r += 2;
                cell(r, 0, "Scenarios without any price", styles.heading);
                first = false;
            }
            r++;
            cell(r, 0, ScenarioTitles.of(s.name()), styles.text);
            cell(r, 1, s.missingText(), styles.missing);
            cell(r, 5, ScenarioSheetWriter.coverage(s), styles.besideFigure(styles.warning));
        }
        return r;
    }

    private int scenarioRow(int r, ScenarioRow s, int src, FinanceInputs finance, boolean onPremKnown,
            Money onPremMonthly) {
        String sc = SheetNames.quoted(SheetNames.SCENARIOS) + "!";
        boolean complete = s.coverage() == PriceCoverage.COMPLETE;
        CellStyle money = complete ? styles.money : styles.moneyIncomplete;
        cell(r, 0, ScenarioTitles.of(s.name()) + (complete ? "" : " (incomplete)"), complete ? styles.text : styles.warning);
        Money monthly = s.monthly(finance);
        formula(r, 1, sc + ScenarioSheetWriter.MONTHLY_COL + src, monthly, money);
        formula(r, 2, sc + ScenarioSheetWriter.ANNUAL_COL + src, s.annual(finance), money);
        formula(r, 3, sc + ScenarioSheetWriter.THREE_YEARS_COL + src, s.threeYears(finance), money);
        if (!complete) {
            cell(r, 4, "n/a — total incomplete", styles.missing);
        } else if (onPremKnown) {
            formula(r, 4, "B" + (r + 1) + "-" + InputNames.ON_PREM_MONTHLY, monthly.minus(onPremMonthly),
                    styles.money);
        } else {
            cell(r, 4, "n/a — no on-premises inputs", styles.missing);
        }
        cell(r, 5, ScenarioSheetWriter.coverage(s), styles.besideFigure(complete ? styles.text : styles.warning));
        return r;
    }

    /** The region comparison's and the backtest's lines, when asked for; returns the last row written. */
    private int extraLines(int r, AssessmentReport report) {
        if (report.regionComparison().isPresent()) {
            var c = report.regionComparison().get();
            cell(r, 0, "Region comparison (same sizing; per VM on the Regions sheet)", styles.heading);
            for (String scenario : c.scenarios()) {
                for (String region : c.regions()) {
                    r++;
                    var t = c.total(region, scenario);
                    cell(r, 0, scenario + " @ " + region, styles.text);
                    if (t.isPresent() && t.get().priced() > 0) {
                        number(r, 1, t.get().monthly().amount().doubleValue(), t.get().priced() == t.get().vms()
                                ? styles.money : styles.moneyIncomplete);
                        widths.see(1, Table.moneyChars(t.get().monthly()));
                    } else {
                        cell(r, 1, "n/a", styles.missing);
                    }
                    cell(r, 2, t.map(x -> x.coverage()).orElse("no VM"), t.isPresent()
                            && t.get().priced() == t.get().vms() ? styles.text : styles.warning);
                }
            }
            r += 2;
        }
        if (report.backtest().isPresent()) {
            cell(r, 0, "Sizing backtest", styles.heading);
            // a sentence: runs over the empty cells to its right instead of widening column A
            String line = styles.truncated.storable(SheetNames.SUMMARY, report.backtest().get().summary());
            Cell cell = row(++r).createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(styles.text);
        }
        return r;
    }

    private int fitTable(int r, List<FitOption> options) {
        cell(r, 0, "Placement: all IaaS, all AVS or the cheapest mix (reference scenario, list price)", styles.heading);
        header(++r, "Option", "Monthly", "VMs on IaaS", "VMs on AVS", "VMs not placed", "Note");
        for (FitOption f : options) {
            r++;
            cell(r, 0, f.name(), styles.text);
            if (f.monthly().isPresent()) {
                number(r, 1, f.monthly().get().amount().doubleValue(), styles.money);
                widths.see(1, Table.moneyChars(f.monthly().get()));
            } else {
                cell(r, 1, "n/a", styles.missing);
            }
            number(r, 2, f.iaasVms(), styles.integer);
            number(r, 3, f.avsVms(), styles.integer);
            number(r, 4, f.notPlacedVms(), styles.integer);
            if (!f.note().isBlank()) {
                cell(r, 5, f.note(), styles.besideFigure(f.monthly().isPresent() ? styles.text : styles.warning));
            }
        }
        return r;
    }

    private int readinessTable(int r, SummaryFigures figures) {
        cell(r, 0, "VMs by readiness", styles.heading);
        header(++r, "Readiness", "VMs");
        int first = r + 1;
        for (Readiness readiness : Readiness.values()) {
            r++;
            cell(r, 0, readiness.label(), styles.text);
            number(r, 1, figures.byReadiness().get(readiness), styles.integer);
        }
        ReadinessColours.apply(sheet, 0, first, r);
        return r;
    }

    private int shareTable(int r, String title, List<String> headers, List<SummaryFigures.Share> shares,
            boolean vms) {
        cell(r, 0, title, styles.heading);
        header(++r, headers.toArray(String[]::new));
        for (SummaryFigures.Share s : shares) {
            r++;
            cell(r, 0, s.label(), styles.text);
            number(r, 1, s.monthly().amount().doubleValue(), styles.money);
            widths.see(1, Table.moneyChars(s.monthly()));
            if (vms) {
                cell(r, 2, s.detail(), styles.besideFigure(styles.text));
                cell(r, 3, s.size(), styles.text);
            }
        }
        return r;
    }

    private void header(int r, String... names) {
        for (int c = 0; c < names.length; c++) {
            cell(r, c, names[c], styles.header);
        }
    }

    private void pair(int r, String name, String value) {
        cell(r, 0, name, styles.text);
        cell(r, 1, value, styles.text);
    }

    private Row row(int r) {
        Row row = sheet.getRow(r);
        return row != null ? row : sheet.createRow(r);
    }

    private void cell(int r, int c, String raw, CellStyle style) {
        String value = styles.truncated.storable(SheetNames.SUMMARY, raw);
        Cell cell = row(r).createCell(c);
        cell.setCellValue(value);
        CellStyle chosen = style;
        if (SafeText.looksLikeFormula(value) && style == styles.text) {
            chosen = styles.guardedText;
        } else if (SafeText.looksLikeFormula(value) && style == styles.besideFigure(styles.text)) {
            chosen = styles.besideFigure(styles.guardedText);
        }
        cell.setCellStyle(chosen);
        // titles, section headings and words standing in for a missing figure run over into the empty
        // cells to their right rather than widening a column of numbers
        if (style != styles.title && style != styles.missing && !(c == 0
                && (style == styles.heading || style == styles.warning && value.length() > 30))) {
            widths.see(c, value);
        }
    }

    private void number(int r, int c, double value, CellStyle style) {
        Cell cell = row(r).createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        widths.see(c, 10);
    }

    private void formula(int r, int c, String formula, Money cached, CellStyle style) {
        Cell cell = row(r).createCell(c);
        cell.setCellFormula(formula);
        cell.setCellValue(cached.amount().doubleValue());
        cell.setCellStyle(style);
        widths.see(c, Table.moneyChars(cached));
    }
}
