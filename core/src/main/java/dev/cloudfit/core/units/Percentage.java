package dev.cloudfit.core.units;

import java.util.Locale;

/**
 * A share of something, from 0 to 100 inclusive: CPU or memory utilisation. Values outside that
 * range are refused, because a utilisation of 140 % is a data error, not a busy server.
 */
public record Percentage(double value) implements Comparable<Percentage> {

    public static final Percentage ZERO = new Percentage(0);
    public static final Percentage HUNDRED = new Percentage(100);

    public Percentage {
        if (!Double.isFinite(value) || value < 0 || value > 100) {
            throw new IllegalArgumentException("a percentage must be between 0 and 100: " + value);
        }
    }

    public static Percentage of(double value) {
        return new Percentage(value);
    }

    /** The share as a fraction, 0 to 1: 25 % gives 0.25. */
    public double fraction() {
        return value / 100d;
    }

    @Override
    public int compareTo(Percentage o) {
        return Double.compare(value, o.value);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f %%", value);
    }
}
