package dev.cloudfit.assess.catalog;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which regions offer which VM sizes, read from {@code vm-regions.json}. The list is a snapshot with
 * its own date (older than the size pages), kept apart from the size limits so the two sources stay
 * distinct. A size absent from it has unknown availability, not "nowhere".
 */
record RegionAvailability(SourceRef source, LocalDate dataDate, Map<VmSizeName, Set<Region>> bySize) {

    static final String FILE = "vm-regions.json";

    RegionAvailability {
        bySize = Map.copyOf(bySize);
    }

    static RegionAvailability read(CatalogFiles files) {
        EntryReader root = files.open(FILE);
        SourceRef source = SourceRef.read(root.object("source", "source"));
        LocalDate dataDate = root.date("dataDate");
        EntryReader sizes = root.object("sizes", "sizes");
        Map<VmSizeName, Set<Region>> bySize = new HashMap<>();
        for (String name : sizes.fieldNames()) {
            Set<Region> regions = new LinkedHashSet<>();
            for (String r : sizes.texts(name)) {
                if (!regions.add(Region.of(r))) {
                    throw new CatalogException(FILE, name, "region '" + r + "' is listed twice", files.userSupplied(), null);
                }
            }
            if (bySize.put(VmSizeName.of(name), Set.copyOf(regions)) != null) {
                throw new CatalogException(FILE, name, "the size is listed twice", files.userSupplied(), null);
            }
        }
        return new RegionAvailability(source, dataDate, bySize);
    }

    Optional<Set<Region>> regionsOf(VmSizeName size) {
        return Optional.ofNullable(bySize.get(size));
    }
}
