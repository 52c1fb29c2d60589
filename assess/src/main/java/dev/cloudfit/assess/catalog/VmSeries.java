package dev.cloudfit.assess.catalog;

import java.util.Locale;
import java.util.Objects;

/**
 * A VM size series as Microsoft Learn names it, e.g. {@code Dsv5} or {@code Easv6}: sizes of one
 * series share hardware, features and a scaling rule. Open set, compared without regard to case.
 */
public record VmSeries(String value) {

    public VmSeries {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a VM series name cannot be blank");
        }
    }

    public static VmSeries of(String value) {
        return new VmSeries(value.strip());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VmSeries other && value.equalsIgnoreCase(other.value);
    }

    @Override
    public int hashCode() {
        return value.toLowerCase(Locale.ROOT).hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
