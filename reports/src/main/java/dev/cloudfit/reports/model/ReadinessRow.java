package dev.cloudfit.reports.model;

import java.util.Objects;

/** One readiness reason code, how many VMs carry it, and what to do about it. */
public record ReadinessRow(String reasonCode, Readiness severity, long count, String remedy) {

    public ReadinessRow {
        reasonCode = Text.required(reasonCode, "reasonCode");
        Objects.requireNonNull(severity, "severity");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        remedy = Text.orEmpty(remedy);
    }
}
