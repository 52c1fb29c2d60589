package dev.cloudfit.assess.pricing;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A fixed-size managed disk tier: {@code P}n for Premium SSD, {@code E}n for Standard SSD, {@code S}n for
 * Standard HDD, e.g. {@code P10}. A disk is billed at the smallest tier at least as large as its size.
 */
public record DiskTier(String name) {

    private static final Pattern NAME = Pattern.compile("[PES]\\d{1,2}");

    public DiskTier {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a managed disk tier (P10, E10, S10...): " + name);
        }
    }

    public static DiskTier of(String name) {
        return new DiskTier(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
