package dev.cloudfit.assess.workspace.perf;

/** The SQL of the performance tables (schema in {@code schema/V001__runs_inventory_samples.sql}). */
final class PerfSql {

    private PerfSql() {
    }

    static final String FIND_SERIES = "SELECT series_id, unit FROM perf_series "
            + "WHERE vm_key = ? AND counter = ? AND instance = ? AND interval_s = ?";

    static final String INSERT_SERIES = "INSERT INTO perf_series (series_id, vm_key, counter, instance, interval_s, unit, "
            + "source, source_detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    /** Staged rows into the store; one row per (series, time) even if a batch repeats a point. */
    static final String MERGE_STAGING = "INSERT INTO perf_sample (series_id, ts, value) "
            + "SELECT series_id, make_timestamp(epoch_us), max(value) FROM perf_sample_staging "
            + "GROUP BY series_id, epoch_us ON CONFLICT DO NOTHING";

    static final String UPSERT_FETCH = "INSERT INTO perf_fetch (run_id, series_id, range_start, range_end, "
            + "expected_points, received_points) VALUES (?, ?, make_timestamp(?), make_timestamp(?), ?, ?) "
            + "ON CONFLICT (run_id, series_id) DO UPDATE SET range_start = excluded.range_start, "
            + "range_end = excluded.range_end, expected_points = excluded.expected_points, "
            + "received_points = excluded.received_points";
}
