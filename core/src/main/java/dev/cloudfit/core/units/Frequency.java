package dev.cloudfit.core.units;

import java.util.Locale;

/** A clock frequency, as vSphere reports host CPU speed (MHz per core). */
public record Frequency(long hertz) implements Comparable<Frequency> {

    public Frequency {
        if (hertz < 0) {
            throw new IllegalArgumentException("a frequency cannot be negative: " + hertz + " Hz");
        }
    }

    public static Frequency ofMegahertz(double mhz) {
        return new Frequency(Math.round(mhz * 1_000_000d));
    }

    public double toMegahertz() {
        return hertz / 1_000_000d;
    }

    public double toGigahertz() {
        return hertz / 1_000_000_000d;
    }

    @Override
    public int compareTo(Frequency o) {
        return Long.compare(hertz, o.hertz);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.0f MHz", toMegahertz());
    }
}
