package dev.cloudfit.assess.catalog;

import java.util.Locale;
import java.util.Objects;

/**
 * An Azure region by its ARM name ({@code westeurope}, {@code eastus2}), the form the Resource SKUs
 * and Retail Prices APIs use ({@code armRegionName}). Stored lower-case so lookups never miss on case.
 */
public record Region(String name) {

    public Region {
        Objects.requireNonNull(name, "name");
        name = name.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a region name cannot be blank");
        }
    }

    public static Region of(String name) {
        return new Region(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
