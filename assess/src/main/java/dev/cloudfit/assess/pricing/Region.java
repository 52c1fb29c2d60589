package dev.cloudfit.assess.pricing;

import java.util.Locale;
import java.util.Objects;

/**
 * An Azure region by its ARM name ({@code armRegionName}), e.g. {@code westeurope}. The price list uses the
 * empty name for global meters; {@link #GLOBAL} stands for it. Names are compared in lower case because ARM
 * names are lower case and users type {@code WestEurope}.
 */
public record Region(String name) {

    /** Meters that belong to no region (the API's {@code armRegionName} is {@code ""}). */
    public static final Region GLOBAL = new Region("");

    public Region {
        Objects.requireNonNull(name, "name");
        name = name.trim().toLowerCase(Locale.ROOT);
    }

    public static Region of(String name) {
        return new Region(name);
    }

    public boolean isGlobal() {
        return name.isEmpty();
    }

    @Override
    public String toString() {
        return isGlobal() ? "(global)" : name;
    }
}
