package dev.cloudfit.assess.catalog.refresh;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a SKU cannot be used somewhere: {@code type} is {@code Location} (the whole region) or
 * {@code Zone} (the listed zones of the locations), {@code reasonCode} e.g.
 * {@code NotAvailableForSubscription} or {@code QuotaId}.
 */
public record SkuRestriction(String type, List<String> locations, List<String> zones, String reasonCode) {

    public SkuRestriction {
        Objects.requireNonNull(type, "type");
        locations = locations.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
        zones = List.copyOf(zones);
    }

    public boolean wholeRegion() {
        return type.equalsIgnoreCase("Location");
    }

    public boolean covers(String region) {
        return locations.contains(region.toLowerCase(Locale.ROOT));
    }
}
