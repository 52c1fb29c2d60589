package dev.cloudfit.migrate.run;

import dev.cloudfit.core.error.BadInputException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The managed-disk SKU of an approved disk type as the workbook writes it: a tier ({@code P10},
 * {@code Premium SSD P10}, {@code E30}, {@code S4}) or a provisioned type ({@code PremiumV2},
 * {@code Ultra}). Locally redundant (LRS) throughout, as assessed.
 */
final class DiskSkus {

    private static final Pattern TIER = Pattern.compile("\\b([PES])\\d{1,2}\\b");

    private DiskSkus() {
    }

    static String sku(String approved) {
        String t = approved.trim();
        String lower = t.toLowerCase(Locale.ROOT).replace(" ", "");
        if (lower.contains("premiumv2") || lower.contains("premiumssdv2")) {
            return "PremiumV2_LRS";
        }
        if (lower.contains("ultra")) {
            return "UltraSSD_LRS";
        }
        Matcher m = TIER.matcher(t);
        if (m.find()) {
            return switch (m.group(1)) {
                case "P" -> "Premium_LRS";
                case "E" -> "StandardSSD_LRS";
                default -> "Standard_LRS";
            };
        }
        throw new BadInputException("the approved disk type '" + approved + "' names no managed disk tier");
    }
}
