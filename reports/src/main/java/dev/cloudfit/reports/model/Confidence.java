package dev.cloudfit.reports.model;

/**
 * Confidence in a performance-based size: 1 to 5 stars by the share of expected data points that
 * were received (20 % bands, as Azure Migrate rates it). A VM sized as on-premises (no performance
 * data used) has no rating: {@link #NONE}, 0 stars, shown as words, never as stars.
 */
public record Confidence(int stars) {

    /** Not rated: the size does not rest on performance data. */
    public static final Confidence NONE = new Confidence(0);

    public Confidence {
        if (stars < 0 || stars > 5) {
            throw new IllegalArgumentException("confidence is 1 to 5 stars, or 0 when not rated: " + stars);
        }
    }

    public boolean rated() {
        return stars > 0;
    }

    /** Stars as shown in the workbook, e.g. "★★★☆☆"; "n/a (as on-premises)" when not rated. */
    public String display() {
        return rated() ? "★".repeat(stars) + "☆".repeat(5 - stars) : "n/a (as on-premises)";
    }
}
