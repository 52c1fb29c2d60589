package dev.cloudfit.reports.model;

/**
 * Confidence in a performance-based size: 1 to 5 stars by the share of expected data points that
 * were received (20 % bands, as Azure Migrate rates it). 0 stars is {@link #NOT_RATED}: sizes made as
 * on-premises or from a CSV import's single figures carry no rating (reference §5).
 */
public record Confidence(int stars) {

    /** No rating: nothing was measured over time. */
    public static final Confidence NOT_RATED = new Confidence(0);

    public Confidence {
        if (stars < 0 || stars > 5) {
            throw new IllegalArgumentException("confidence is 1 to 5 stars, or 0 for not rated: " + stars);
        }
    }

    public boolean rated() {
        return stars > 0;
    }

    /** Stars as shown in the workbook, e.g. "★★★☆☆"; "not rated" without a rating. */
    public String display() {
        return rated() ? "★".repeat(stars) + "☆".repeat(5 - stars) : "not rated";
    }
}
