package dev.cloudfit.assess.pricing.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where part of a price file came from: for a refresh, the endpoint's query for a region; for the embedded
 * snapshot, a recorded snapshot file with its origin, licence and data date.
 *
 * @param name what was read, e.g. {@code vm-eu-west.json} or {@code westeurope}
 * @param region the ARM region the rows are for
 * @param dataDate when the prices were fetched from Azure (or last seen unchanged), as far as it can be told
 * @param origin the repository, commit and path of a recorded snapshot, or the endpoint of a live fetch
 * @param licence the licence of the recorded data; empty for a live fetch
 */
public record PriceFileSource(String name, String region, LocalDate dataDate, String origin, String licence) {

    public PriceFileSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(dataDate, "dataDate");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(licence, "licence");
    }
}
