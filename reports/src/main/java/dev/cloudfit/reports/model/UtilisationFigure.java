package dev.cloudfit.reports.model;

import dev.cloudfit.core.units.Percentage;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One utilisation percentile and what it was computed from: a 2-hour rollup average is not a
 * 10-minute peak, so the basis travels with the number ("30 days at 2 h").
 *
 * @param percentile 50, 90, 95 or 99; 0 for a single figure that is no percentile (a CSV import's)
 * @param value      the utilisation at that percentile
 * @param basis      window and interval of the series, e.g. "30 days at 2 h"
 */
public record UtilisationFigure(int percentile, Percentage value, String basis) {

    public UtilisationFigure {
        if (percentile < 0 || percentile > 100) {
            throw new IllegalArgumentException("percentile must be 1..100, or 0 for a single figure: " + percentile);
        }
        Objects.requireNonNull(value, "value");
        basis = Text.required(basis, "basis");
    }

    /** A figure given once, with no series behind it (an Azure Migrate CSV's utilisation column). */
    public static UtilisationFigure singleFigure(Percentage value, String basis) {
        return new UtilisationFigure(0, value, basis);
    }

    /** The figure as people read it: {@code P95 CPU 41 % (30 days at 2 h)}, or {@code CPU 5 % (basis)} for a single figure. */
    public String describe(String counter) {
        return (percentile == 0 ? "" : "P" + percentile + " ") + counter + " "
                + BigDecimal.valueOf(value.value()).stripTrailingZeros().toPlainString() + " % (" + basis + ")";
    }
}
