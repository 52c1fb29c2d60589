package dev.cloudfit.assess.catalog.refresh;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of Azure's Resource SKUs API ({@code Microsoft.Compute/skus}) as cloudfit keeps it, free of
 * SDK types: the resource type ({@code virtualMachines}, {@code disks}), the name
 * ({@code Standard_D4s_v5}; for disks the storage type, {@code Premium_LRS}), the size ({@code P15} for
 * disks), the locations that list it, its capabilities (name → value, all strings in the API) and its
 * restrictions.
 */
public record ResourceSku(
        String resourceType,
        String name,
        String size,
        List<String> locations,
        Map<String, String> capabilities,
        List<SkuRestriction> restrictions) {

    public static final String VIRTUAL_MACHINES = "virtualMachines";
    public static final String DISKS = "disks";

    public ResourceSku {
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(name, "name");
        locations = locations.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
        capabilities = Map.copyOf(capabilities);
        restrictions = List.copyOf(restrictions);
    }

    public Optional<String> capability(String capabilityName) {
        return Optional.ofNullable(capabilities.get(capabilityName));
    }

    /**
     * Offered to the subscription in {@code region}: listed there and not restricted there as a whole
     * (a {@code Location} restriction). A {@code Zone} restriction leaves the region usable.
     */
    public boolean availableIn(String region) {
        String r = region.toLowerCase(Locale.ROOT);
        return locations.contains(r) && restrictions.stream().noneMatch(x -> x.wholeRegion() && x.covers(r));
    }

    /** Restricted in some availability zones of {@code region} (still usable without those zones). */
    public boolean zoneRestrictedIn(String region) {
        String r = region.toLowerCase(Locale.ROOT);
        return restrictions.stream().anyMatch(x -> !x.wholeRegion() && x.covers(r));
    }
}
