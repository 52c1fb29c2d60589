package dev.cloudfit.reports.model;

/**
 * How much of a total rests on prices that were found. A total with no price behind it is not
 * zero, and a total that leaves VMs out is not the estate's cost: the workbook and the JSON output
 * say which of the three a figure is instead of printing a silently low number.
 */
public enum PriceCoverage {
    /** Every VM in scope has a price (or there was nothing to price). */
    COMPLETE,
    /** Some VMs have a price, some do not: the total is a lower bound. */
    PARTIAL,
    /** No VM has a price: there is no total. */
    NONE;

    /** Coverage of a total over {@code priced} VMs with a price and {@code missing} without one. */
    public static PriceCoverage of(long priced, long missing) {
        if (missing == 0) {
            return COMPLETE;
        }
        return priced == 0 ? NONE : PARTIAL;
    }
}
