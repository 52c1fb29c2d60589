package dev.cloudfit.reports.model;

import java.util.Objects;

/**
 * One setting or fact the numbers rest on (percentile, comfort factor, price source and date,
 * catalog version, on-premises rates...), so that every figure can be explained from the Assumptions
 * sheet. {@code name} is in words ("Comfort factor"), as is a text value; a figure is a number.
 */
public record Assumption(String name, AssumptionValue value, String description) {

    public Assumption {
        name = Text.required(name, "name");
        Objects.requireNonNull(value, "value");
        description = Text.orEmpty(description);
    }

    /** An assumption whose value is words. */
    public Assumption(String name, String value, String description) {
        this(name, AssumptionValue.text(value), description);
    }
}
