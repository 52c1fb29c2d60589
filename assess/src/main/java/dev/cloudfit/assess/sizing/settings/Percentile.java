package dev.cloudfit.assess.sizing.settings;

/** A percentile rank in 1..100 (Azure Migrate offers 50, 90, 95 and 99); 100 is the peak. */
public record Percentile(int value) {

    public static final Percentile P95 = new Percentile(95);

    public Percentile {
        if (value < 1 || value > 100) {
            throw new IllegalArgumentException("a percentile must be in 1..100, was " + value);
        }
    }

    public static Percentile of(int value) {
        return new Percentile(value);
    }

    @Override
    public String toString() {
        return "P" + value;
    }
}
