package dev.cloudfit.assess.catalog;

import java.util.Locale;
import java.util.Objects;

/**
 * An Azure VM size as ARM names it, e.g. {@code Standard_D4s_v5}. An open set (Azure adds sizes
 * every month), so a string-backed value rather than an enum. ARM treats size names without regard
 * to case, and so do {@link #equals} and {@link #hashCode}; {@link #value()} keeps the spelling given.
 */
public record VmSizeName(String value) {

    public VmSizeName {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a VM size name cannot be blank");
        }
    }

    public static VmSizeName of(String value) {
        return new VmSizeName(value.strip());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VmSizeName other && value.equalsIgnoreCase(other.value);
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
