package dev.cloudfit.assess.inventory.azmigrate;

import dev.cloudfit.core.units.DataSize;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the unit suffix of a template header, e.g. {@code (In MB)}, {@code (In GB)},
 * {@code (MB per second)}, as bytes per unit. "MB" and "GB" are binary (MiB, GiB) as everywhere
 * in cloudfit: the template's sizes come from vSphere's MiB figures or from people copying them.
 */
final class HeaderUnit {

    private HeaderUnit() {
    }

    /**
     * Bytes per unit of a size suffix ({@code in mb}, {@code gb}, {@code gib}); empty when the
     * suffix is not a size unit.
     */
    static Optional<Long> size(String suffix) {
        String s = strip(suffix);
        return switch (s) {
            case "kb", "kib" -> Optional.of(DataSize.KIB);
            case "mb", "mib" -> Optional.of(DataSize.MIB);
            case "gb", "gib" -> Optional.of(DataSize.GIB);
            case "tb", "tib" -> Optional.of(DataSize.TIB);
            default -> Optional.empty();
        };
    }

    /**
     * Bytes per second per unit of a rate suffix ({@code mb per second}, {@code mbps},
     * {@code mb/s}); empty when the suffix is not a rate unit.
     */
    static Optional<Long> rate(String suffix) {
        String s = strip(suffix).replace(" per second", "/s").replace("ps", "/s").replace(" /s", "/s");
        return switch (s) {
            case "kb/s", "kib/s" -> Optional.of(DataSize.KIB);
            case "mb/s", "mib/s" -> Optional.of(DataSize.MIB);
            case "gb/s", "gib/s" -> Optional.of(DataSize.GIB);
            default -> Optional.empty();
        };
    }

    private static String strip(String suffix) {
        String s = suffix.trim().toLowerCase(Locale.ROOT);
        return s.startsWith("in ") ? s.substring(3).trim() : s;
    }
}
