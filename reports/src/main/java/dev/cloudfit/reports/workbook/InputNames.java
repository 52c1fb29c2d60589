package dev.cloudfit.reports.workbook;

/**
 * Workbook-scope named ranges of the cells finance edits, so that formulas read
 * {@code Discount} and {@code HoursPerMonth} rather than {@code Summary!$B$11}.
 */
final class InputNames {

    static final String DISCOUNT = "Discount";
    static final String HOURS_PER_MONTH = "HoursPerMonth";
    static final String ON_PREM_QUANTITIES = "OnPremQuantities";
    static final String ON_PREM_UNIT_COSTS = "OnPremUnitCosts";
    static final String ON_PREM_MONTHLY = "OnPremMonthly";

    private InputNames() {
    }
}
