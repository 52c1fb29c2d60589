package dev.cloudfit.assess.sizing.perf;

/**
 * Confidence rating, 1 to 5 stars, by the share of expected data points received in 20 % bands:
 * 0–20 % → 1, over 20–40 % → 2, over 40–60 % → 3, over 60–80 % → 4, over 80 % → 5 (reference §5).
 */
public record Stars(int value) {

    public Stars {
        if (value < 1 || value > 5) {
            throw new IllegalArgumentException("stars must be 1..5, was " + value);
        }
    }

    public static Stars forCoverage(double share) {
        if (Double.isNaN(share) || share < 0) {
            throw new IllegalArgumentException("coverage must be >= 0, was " + share);
        }
        // work in whole per-mille to keep 0.2, 0.4 ... on the lower band despite binary fractions
        long perMille = Math.round(Math.min(1.0, share) * 1000);
        if (perMille <= 200) {
            return new Stars(1);
        }
        if (perMille <= 400) {
            return new Stars(2);
        }
        if (perMille <= 600) {
            return new Stars(3);
        }
        if (perMille <= 800) {
            return new Stars(4);
        }
        return new Stars(5);
    }

    @Override
    public String toString() {
        return "★".repeat(value) + "☆".repeat(5 - value);
    }
}
