package dev.cloudfit.assess.pricing.source;

/** Where a run's prices came from, as the report states it. */
public enum PriceSourceKind {
    /** A price file written by {@code cloudfit prices refresh} into the workspace. */
    CACHE("workspace price cache"),
    /** The snapshot shipped inside cloudfit, built from recorded public snapshots. */
    EMBEDDED("embedded snapshot");

    private final String label;

    PriceSourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
