package dev.cloudfit.reports.model;

/** Azure readiness of one VM, as Azure Migrate names it; {@link #label()} is what the workbook shows. */
public enum Readiness {
    READY("Ready"),
    READY_WITH_CONDITIONS("Ready with conditions"),
    NOT_READY("Not ready"),
    UNKNOWN("Unknown");

    private final String label;

    Readiness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
