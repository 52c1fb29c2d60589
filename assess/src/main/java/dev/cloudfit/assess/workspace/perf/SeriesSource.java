package dev.cloudfit.assess.workspace.perf;

/**
 * Where a series' points came from, which says how far to trust a percentile of them: a vCenter
 * rollup average hides peaks that a 10-minute peak point keeps, and a CSV gives one figure only.
 */
public enum SeriesSource {
    /** vCenter historical statistics: averages over the rollup interval (5 min, 30 min, 2 h, 1 day). */
    VCENTER_HISTORICAL("vcenter-historical"),
    /** vCenter realtime 20 s samples folded into 10-minute peak points (Azure Migrate's rule). */
    VCENTER_REALTIME_PEAK("vcenter-realtime-10min-peak"),
    /** One utilisation figure from an Azure Migrate CSV import. */
    CSV_SINGLE_POINT("csv-single-point"),
    /** Synthetic history from the generator (tests and the demo). */
    GENERATED("generated");

    private final String code;

    SeriesSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static SeriesSource ofCode(String code) {
        for (SeriesSource s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown series source: " + code);
    }
}
