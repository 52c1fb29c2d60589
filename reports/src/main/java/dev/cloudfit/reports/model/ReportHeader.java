package dev.cloudfit.reports.model;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What the report is about and how it was made.
 *
 * @param referenceScenario the scenario that per-cluster, top-VM and fit comparisons are priced in
 *                          (one of the report's scenario names)
 */
public record ReportHeader(String title, String estate, Instant generatedAt, String toolVersion,
        Currency currency, List<String> regions, String referenceScenario) {

    public ReportHeader {
        title = Text.required(title, "title");
        estate = Text.required(estate, "estate");
        Objects.requireNonNull(generatedAt, "generatedAt");
        toolVersion = Text.required(toolVersion, "toolVersion");
        Objects.requireNonNull(currency, "currency");
        regions = List.copyOf(regions);
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("at least one region");
        }
        referenceScenario = Text.required(referenceScenario, "referenceScenario");
    }
}
