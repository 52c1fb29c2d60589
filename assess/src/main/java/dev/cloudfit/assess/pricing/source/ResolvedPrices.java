package dev.cloudfit.assess.pricing.source;

import dev.cloudfit.assess.pricing.PriceBook;
import dev.cloudfit.assess.pricing.store.PriceFileHeader;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The prices a run uses and where they came from, for the report: the kind of source, the file (or resource),
 * its header (fetch date, endpoint, regions, sources), its age at resolution, and warnings such as a stale cache.
 */
public record ResolvedPrices(PriceSourceKind kind, String location, PriceFileHeader header, Duration age,
        PriceBook book, List<String> warnings) {

    public ResolvedPrices {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(book, "book");
        warnings = List.copyOf(warnings);
    }

    /** One line for the report: {@code embedded snapshot, fetched 2026-07-15 (133 days old), USD, westeurope}. */
    public String describe() {
        return kind.label() + " " + location + ", fetched " + header.fetchedAt().toString().substring(0, 10)
                + " (" + age.toDays() + " days old), " + header.currency().getCurrencyCode() + ", regions "
                + header.regions();
    }
}
