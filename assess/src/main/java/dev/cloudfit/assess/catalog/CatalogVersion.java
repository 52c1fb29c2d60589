package dev.cloudfit.assess.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Which catalog a run used, for the report's Assumptions sheet: the date the dataset was assembled,
 * the date of the region-availability data (older, and worth showing), and every source with its date.
 */
public record CatalogVersion(LocalDate datasetDate, LocalDate regionDataDate, String description, List<SourceRef> sources) {

    public CatalogVersion {
        Objects.requireNonNull(datasetDate, "datasetDate");
        Objects.requireNonNull(description, "description");
        sources = List.copyOf(sources);
    }

    /** Lines for the Assumptions sheet: one heading, then one per source. */
    public List<String> describe() {
        var lines = new java.util.ArrayList<String>();
        lines.add("Azure catalog of " + datasetDate + (regionDataDate == null ? "" : "; region availability as of " + regionDataDate)
                + ": " + description);
        sources.forEach(s -> lines.add(s.describe()));
        return List.copyOf(lines);
    }
}
