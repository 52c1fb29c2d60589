package dev.cloudfit.assess.cli;

import dev.cloudfit.assess.catalog.DiskType;
import java.util.Locale;
import java.util.Optional;

/**
 * The names {@code --disk-types} accepts for each {@link DiskType}: cloudfit's own (standard-hdd,
 * standard-ssd, premium, premium-v2, ultra), the tier letters (S, E, P) and Azure Migrate's API names
 * ({@code Standard}, {@code StandardSSD}, {@code Premium}, {@code PremiumV2}, {@code Ultra}); case and
 * {@code -}/{@code _} are ignored.
 */
final class DiskTypeNames {

    static final String ACCEPTED = "standard-hdd, standard-ssd, premium, premium-v2, ultra";

    private DiskTypeNames() {
    }

    static Optional<DiskType> parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
        return Optional.ofNullable(switch (n) {
            case "standardhdd", "hdd", "s", "standard" -> DiskType.STANDARD_HDD;
            case "standardssd", "ssd", "e" -> DiskType.STANDARD_SSD;
            case "premium", "premiumssd", "p" -> DiskType.PREMIUM_SSD;
            case "premiumv2", "premiumssdv2", "v2" -> DiskType.PREMIUM_SSD_V2;
            case "ultra", "ultradisk", "ultrassd" -> DiskType.ULTRA;
            default -> null;
        });
    }
}
