package dev.cloudfit.assess.pricing;

/**
 * The time a price covers, read from the distinct unit of a {@link PricingUnit}: {@code Hours} and
 * {@code GiB/Hour} are {@link #HOUR}, {@code Units/Month} and {@code GiB/Month} are {@link #MONTH}; {@code Units}
 * or {@code GB} alone are {@link #NONE} (a price per quantity, e.g. per 10,000 operations).
 */
public enum UnitPeriod {
    HOUR,
    DAY,
    MONTH,
    YEAR,
    NONE;

    /** Reads the period from a finops-toolkit {@code DistinctUnits} value such as {@code Hours} or {@code GiB/Month}. */
    static UnitPeriod ofDistinctUnit(String distinctUnit) {
        String u = distinctUnit.trim();
        if (u.equals("Hours") || u.endsWith("/Hour")) {
            return HOUR;
        }
        if (u.equals("Days") || u.endsWith("/Day")) {
            return DAY;
        }
        if (u.equals("Months") || u.endsWith("/Month")) {
            return MONTH;
        }
        if (u.equals("Years") || u.endsWith("/Year")) {
            return YEAR;
        }
        return NONE;
    }
}
