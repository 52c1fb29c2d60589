package dev.cloudfit.reports.workbook;

import dev.cloudfit.reports.model.DiscountScope;
import dev.cloudfit.reports.model.FinanceInputs;
import dev.cloudfit.reports.model.PriceCoverage;
import dev.cloudfit.reports.model.ScenarioRow;
import java.util.List;
import java.util.Map;
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

    static final int PRICED = 7;
    static final int MISSING = 8;
    static final int MONTHLY = 9;
    static final int ANNUAL = 10;
    static final int THREE_YEARS = 11;
    static final int COVERAGE = 12;
    static final int PENDING = 13;
    /** Column letters of {@link #MONTHLY}, {@link #ANNUAL} and {@link #THREE_YEARS}, for formulas elsewhere. */
    static final String MONTHLY_COL = "J";
    static final String ANNUAL_COL = "K";
    static final String THREE_YEARS_COL = "L";
    private static final List<String> HEADERS = List.of("Scenario", "Description", "Compute per running hour",
            "Committed compute per month", "Licences per running hour", "Disks per month", "Per-VM rounding",
            "Priced VMs", "Missing prices", "Monthly", "Annual", "3 years", "Coverage",
            "Disks awaiting rates");

    private final Styles styles;
    private final int digits;

    ScenarioSheetWriter(Styles styles, int digits) {
        this.styles = styles;
        this.digits = digits;
    }

    /** Writes the table; scenario i is on 0-based row i + 1. */
    void write(Sheet sheet, List<ScenarioRow> scenarios, FinanceInputs finance,
            Map<Integer, PriceInputsSheetWriter.Block> inputs) {
        Table t = new Table(sheet, styles, 0, HEADERS);
        for (int i = 0; i < scenarios.size(); i++) {
            ScenarioRow s = scenarios.get(i);
            PriceInputsSheetWriter.Block block = inputs.get(i);
            int r = t.newRow() + 1;
            t.text(0, ScenarioTitles.of(s.name()));
            t.text(1, s.description());
            t.integer(PRICED, s.pricedVms());
            t.integer(MISSING, s.missingPrices());
            t.text(COVERAGE, coverage(s), s.coverage() == PriceCoverage.COMPLETE ? styles.text : styles.warning);
            if (block != null) {
                t.money(PENDING, s.pendingFixed());
            }
            if (s.coverage() == PriceCoverage.NONE && block != null) {
                // no price yet, but rates can be entered: the totals read n/a until every rate is there
                for (int c = 2; c <= 6; c++) {
                    t.money(c, new dev.cloudfit.core.units.Money(java.math.BigDecimal.ZERO,
                            s.computeHourly().currency()), c == 2 || c == 4 ? styles.moneyHourly : styles.money);
                }
                String all = "COUNTBLANK(" + range(block, "E") + ")=0";
                t.formulaText(MONTHLY, "IF(" + all + "," + monthlyFormula(r, finance, digits, block) + ",\"n/a\")",
                        "n/a", styles.moneyIncomplete);
                t.formulaText(ANNUAL, "IF(ISNUMBER(" + MONTHLY_COL + r + ")," + MONTHLY_COL + r + "*12,\"n/a\")",
                        "n/a", styles.moneyIncomplete);
                t.formulaText(THREE_YEARS, "IF(ISNUMBER(" + MONTHLY_COL + r + ")," + MONTHLY_COL + r
                        + "*36,\"n/a\")", "n/a", styles.moneyIncomplete);
                continue;
            }
            if (s.coverage() == PriceCoverage.NONE) {
                for (int c = 2; c <= 6; c++) {
                    t.text(c, Table.MISSING, styles.missing);
                }
                t.text(MONTHLY, "n/a", styles.missing); // the reason is under Coverage
                t.text(ANNUAL, "n/a", styles.missing);
                t.text(THREE_YEARS, "n/a", styles.missing);
                continue;
            }
            t.money(2, s.computeHourly(), styles.moneyHourly);
            t.money(3, s.committedMonthly());
            t.money(4, s.licenceHourly(), styles.moneyHourly);
            t.money(5, s.fixedMonthly());
            t.money(6, s.rounding());
            var monthly = s.monthly(finance);
            var style = s.coverage() == PriceCoverage.PARTIAL ? styles.moneyIncomplete : styles.money;
            t.formula(MONTHLY, monthlyFormula(r, finance, digits, block), monthly.amount().doubleValue(), style,
                    Table.moneyChars(monthly));
            var annual = s.annual(finance);
            t.formula(ANNUAL, MONTHLY_COL + r + "*12", annual.amount().doubleValue(), style,
                    Table.moneyChars(annual));
            var three = s.threeYears(finance);
            t.formula(THREE_YEARS, MONTHLY_COL + r + "*36", three.amount().doubleValue(), style,
                    Table.moneyChars(three));
        }
        int noteRow = t.lastRow() + 2;
        t.finish();
        Row note = sheet.createRow(noteRow);
        note.createCell(0).setCellValue("Monthly = ROUND((compute per running hour × hours per month + committed"
                + " compute) × (1 − discount) + licences per running hour × hours per month + disks per month"
                + " + per-VM rounding), with the discount on " + scope(finance) + " only. Reservations and savings"
                + " plans are billed every hour of the month whatever the running hours. Discount and hours per month"
                + " are the yellow inputs on the Summary sheet. Totals cover the VMs placed on IaaS that have a price;"
                + " an incomplete total is a lower bound.");
    }

    /** The Monthly formula of 1-based row {@code r}: the discount only on the categories it applies to. */
    static String monthlyFormula(int r, FinanceInputs finance, int digits, PriceInputsSheetWriter.Block block) {
        String h = InputNames.HOURS_PER_MONTH;
        if (block == null) {
            return "ROUND((C" + r + "*" + h + "+D" + r + ")" + kept(finance, DiscountScope.COMPUTE)
                    + "+E" + r + "*" + h + kept(finance, DiscountScope.LICENCES)
                    + "+F" + r + kept(finance, DiscountScope.DISKS)
                    + "+G" + r + "," + digits + ")";
        }
        String pending = "IF(COUNTBLANK(" + range(block, "E") + ")=0,N" + r + ",0)";
        return "ROUND((C" + r + "*" + h + "+D" + r + "+SUM(" + range(block, "F") + "))"
                + kept(finance, DiscountScope.COMPUTE)
                + "+(E" + r + "*" + h + "+SUM(" + range(block, "G") + "))" + kept(finance, DiscountScope.LICENCES)
                + "+(F" + r + "+" + pending + ")" + kept(finance, DiscountScope.DISKS)
                + "+G" + r + "," + digits + ")";
    }

    private static String range(PriceInputsSheetWriter.Block b, String column) {
        String sheet = SheetNames.quoted(SheetNames.PRICE_INPUTS) + "!";
        return sheet + "$" + column + "$" + b.first() + ":$" + column + "$" + b.last();
    }

    private static String kept(FinanceInputs finance, DiscountScope category) {
        return finance.discountAppliesTo().contains(category) ? "*(1-" + InputNames.DISCOUNT + ")" : "";
    }

    /** "compute", "compute, licences and disks". */
    static String scope(FinanceInputs finance) {
        List<String> names = finance.discountAppliesTo().stream().sorted()
                .map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).toList();
        if (names.isEmpty()) {
            return "nothing";
        }
        return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1)) + " and "
                + names.get(names.size() - 1);
    }

    /** "complete (117 VMs)", "incomplete: 24 of 117 VMs without price" or "none: no price in ... (0 of 117 VMs)". */
    static String coverage(ScenarioRow s) {
        long inScope = s.pricedVms() + s.missingPrices();
        return switch (s.coverage()) {
            case COMPLETE -> "complete (" + s.pricedVms() + " VMs)";
            case PARTIAL -> "incomplete: " + s.missingPrices() + " of " + inScope + " VMs without price"
                    + (s.missingWhy().isEmpty() ? "" : " (" + s.missingWhy() + ")");
            case NONE -> "none: no price in " + s.priceSource() + " (0 of " + inScope + " VMs"
                    + (s.missingWhy().isEmpty() ? "" : "; " + s.missingWhy()) + ")";
        };
    }
}
