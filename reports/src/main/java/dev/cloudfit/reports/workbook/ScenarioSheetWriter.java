package dev.cloudfit.reports.workbook;

import dev.cloudfit.reports.model.FinanceInputs;
import dev.cloudfit.reports.model.PriceCoverage;
import dev.cloudfit.reports.model.ScenarioRow;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The Scenarios sheet: per pricing scenario the hourly compute and the monthly fixed cost (facts),
 * and live formulas that turn them into monthly, annual and 3-year totals from the finance inputs
 * {@code Discount} and {@code HoursPerMonth}. The formulas repeat {@link ScenarioRow#monthly}
 * exactly, and carry Java's result as their cached value. A scenario without any price has no
 * formulas and no 0.00: its cells say so; one that leaves VMs out says how many in "Coverage".
 */
final class ScenarioSheetWriter {

    static final int MONTHLY = 6;
    static final int ANNUAL = 7;
    static final int THREE_YEARS = 8;
    static final int MISSING = 5;
    static final int COVERAGE = 9;
    private static final List<String> HEADERS = List.of("Scenario", "Description", "Compute per hour",
            "Fixed per month", "Priced VMs", "Missing prices", "Monthly", "Annual", "3 years", "Coverage");

    private final Styles styles;
    private final int digits;

    ScenarioSheetWriter(Styles styles, int digits) {
        this.styles = styles;
        this.digits = digits;
    }

    /** Writes the table; scenario i is on 0-based row i + 1. */
    void write(Sheet sheet, List<ScenarioRow> scenarios, FinanceInputs finance) {
        Table t = new Table(sheet, styles, 0, HEADERS);
        for (ScenarioRow s : scenarios) {
            int r = t.newRow() + 1;
            t.text(0, s.name());
            t.text(1, s.description());
            t.integer(4, s.pricedVms());
            t.integer(5, s.missingPrices());
            t.text(COVERAGE, coverage(s), s.coverage() == PriceCoverage.COMPLETE ? styles.text : styles.warning);
            if (s.coverage() == PriceCoverage.NONE) {
                t.text(2, Table.MISSING, styles.missing);
                t.text(3, Table.MISSING, styles.missing);
                t.text(MONTHLY, "n/a", styles.missing); // the reason is under Coverage
                t.text(ANNUAL, "n/a", styles.missing);
                t.text(THREE_YEARS, "n/a", styles.missing);
                continue;
            }
            t.money(2, s.computeHourly(), styles.moneyHourly);
            t.money(3, s.fixedMonthly());
            var monthly = s.monthly(finance);
            var style = s.coverage() == PriceCoverage.PARTIAL ? styles.moneyIncomplete : styles.money;
            t.formula(MONTHLY, "ROUND((C" + r + "*" + InputNames.HOURS_PER_MONTH + "+D" + r + ")*(1-"
                    + InputNames.DISCOUNT + ")," + digits + ")", monthly.amount().doubleValue(), style,
                    Table.moneyChars(monthly));
            var annual = s.annual(finance);
            t.formula(ANNUAL, "G" + r + "*12", annual.amount().doubleValue(), style, Table.moneyChars(annual));
            var three = s.threeYears(finance);
            t.formula(THREE_YEARS, "G" + r + "*36", three.amount().doubleValue(), style,
                    Table.moneyChars(three));
        }
        int noteRow = t.lastRow() + 2;
        t.finish();
        Row note = sheet.createRow(noteRow);
        note.createCell(0).setCellValue("Monthly = ROUND((compute per hour × hours per month + fixed per month)"
                + " × (1 − discount)). Discount and hours per month are the yellow inputs on the Summary sheet."
                + " Totals cover the VMs placed on IaaS that have a price; an incomplete total is a lower bound.");
    }

    /** "complete (117 VMs)", "incomplete: 24 of 117 VMs without price" or "none: no price in ... (0 of 117 VMs)". */
    static String coverage(ScenarioRow s) {
        long inScope = s.pricedVms() + s.missingPrices();
        return switch (s.coverage()) {
            case COMPLETE -> "complete (" + s.pricedVms() + " VMs)";
            case PARTIAL -> "incomplete: " + s.missingPrices() + " of " + inScope + " VMs without price";
            case NONE -> "none: no price in " + s.priceSource() + " (0 of " + inScope + " VMs)";
        };
    }
}
