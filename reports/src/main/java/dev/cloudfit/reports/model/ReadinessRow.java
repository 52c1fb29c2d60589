package dev.cloudfit.reports.model;

import java.util.Objects;

/**
 * One readiness reason code (a stable id, e.g. {@code azure.disk.no-iops}), what it means in one sentence, how
 * many VMs carry it, and what to do about it.
 */
public record ReadinessRow(String reasonCode, String meaning, Readiness severity, long count, String remedy) {

    /** A reason code whose meaning is not spelled out. */
    public ReadinessRow(String reasonCode, Readiness severity, long count, String remedy) {
        this(reasonCode, "", severity, count, remedy);
    }

    /** What a reader sees: the id with its sentence, {@code azure.disk.no-iops — no allowed disk tier ...}. */
    public String described() {
        return meaning.isEmpty() ? reasonCode : reasonCode + " — " + meaning;
    }

    public ReadinessRow {
        reasonCode = Text.required(reasonCode, "reasonCode");
        meaning = Text.orEmpty(meaning);
        Objects.requireNonNull(severity, "severity");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        remedy = Text.orEmpty(remedy);
    }
}
