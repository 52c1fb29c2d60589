package dev.cloudfit.assess.pricing.store;

import dev.cloudfit.assess.pricing.Region;
import java.time.Instant;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The first line of a price file: what it covers and where it came from.
 *
 * @param format the file format version, {@value #FORMAT}
 * @param currency the one currency of every row
 * @param regions the regions fetched in full (VMs, managed disks, AVS); a file covers these and no others
 * @param fetchedAt when the prices were fetched; for a file built from several snapshots, the oldest data date
 * @param endpoint the Retail Prices endpoint, or {@code embedded} for a file built from recorded snapshots
 * @param apiVersion the Retail Prices api-version the rows were fetched with
 * @param writtenBy {@code cloudfit/<version>}, or the build step that wrote the embedded snapshot
 * @param rowsWritten the rows that follow the header
 * @param rowsReadByKind (sorted by name) every accepted row read from the source, by {@link dev.cloudfit.assess.pricing.MeterKind}
 *     name, including the kinds not written (Spot, Low Priority, other meters)
 * @param rejectedRows rows the normaliser could not read (unknown unit, no price...)
 */
public record PriceFileHeader(
        int format,
        Currency currency,
        List<Region> regions,
        Instant fetchedAt,
        String endpoint,
        String apiVersion,
        String writtenBy,
        long rowsWritten,
        Map<String, Long> rowsReadByKind,
        long rejectedRows,
        List<PriceFileSource> sources) {

    public static final int FORMAT = 1;

    public PriceFileHeader {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(apiVersion, "apiVersion");
        Objects.requireNonNull(writtenBy, "writtenBy");
        regions = List.copyOf(regions);
        rowsReadByKind = Collections.unmodifiableMap(new TreeMap<>(rowsReadByKind));
        sources = List.copyOf(sources);
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("a price file covers at least one region");
        }
    }

    /** Whether this file holds the prices of every region asked for, in the currency asked for. */
    public boolean covers(Iterable<Region> wanted, Currency wantedCurrency) {
        if (!currency.equals(wantedCurrency)) {
            return false;
        }
        for (Region r : wanted) {
            if (!regions.contains(r)) {
                return false;
            }
        }
        return true;
    }
}
