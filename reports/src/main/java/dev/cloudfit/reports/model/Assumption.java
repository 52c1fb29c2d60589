package dev.cloudfit.reports.model;

/**
 * One setting or fact the numbers rest on (percentile, comfort factor, price source and date,
 * catalog version...), so that every figure can be explained from the Assumptions sheet.
 */
public record Assumption(String name, String value, String description) {

    public Assumption {
        name = Text.required(name, "name");
        value = Text.orEmpty(value);
        description = Text.orEmpty(description);
    }
}
