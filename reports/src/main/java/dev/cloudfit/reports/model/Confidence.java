package dev.cloudfit.reports.model;

/**
 * Confidence in a performance-based size: 1 to 5 stars by the share of expected data points that
 * were received (20 % bands, as Azure Migrate rates it).
 */
public record Confidence(int stars) {

    public Confidence {
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("confidence is 1 to 5 stars: " + stars);
        }
    }

    /** Stars as shown in the workbook, e.g. "★★★☆☆". */
    public String display() {
        return "★".repeat(stars) + "☆".repeat(5 - stars);
    }
}
