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

    /**
     * The source as a person would name it, for the report and the console: {@code embedded snapshot of Azure
     * retail prices (westeurope, northeurope; USD; taken 2026-07-15, 145 days old)} or {@code workspace price cache
     * prices-westeurope-EUR.jsonl.gz (westeurope; EUR; refreshed 2026-11-30, 7 days old)}. A file is named by its
     * name, never by a classpath resource or a folder path.
     */
    public String describe() {
        String when = header.fetchedAt().toString().substring(0, 10) + ", " + age.toDays() + " days old";
        String what = header.regions().stream().map(r -> r.name()).collect(java.util.stream.Collectors.joining(", "))
                + "; " + header.currency().getCurrencyCode();
        return switch (kind) {
            case EMBEDDED -> "embedded snapshot of Azure retail prices (" + what + "; taken " + when + ")";
            case CACHE -> kind.label() + " " + fileName(location) + " (" + what + "; refreshed " + when + ")";
        };
    }

    private static String fileName(String location) {
        int slash = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
        return location.substring(slash + 1);
    }
}
