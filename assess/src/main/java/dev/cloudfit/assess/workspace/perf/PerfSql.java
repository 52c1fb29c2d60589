package dev.cloudfit.assess.workspace.perf;

/** The SQL of the performance tables (schema in {@code schema/V001__runs_inventory_samples.sql}, V004 for perf_sample). */
final class PerfSql {

    private PerfSql() {
    }

    static final String FIND_SERIES = "SELECT series_id, unit FROM perf_series "
            + "WHERE vm_key = ? AND counter = ? AND instance = ? AND interval_s = ?";

    /** Head of the multi-row insert of new series; one row is {@link #SERIES_ROW}. */
    static final String INSERT_SERIES = "INSERT INTO perf_series (series_id, vm_key, counter, instance, interval_s, unit, "
            + "source, source_detail)";
    static final String SERIES_ROW = "(?, ?, ?, ?, ?, ?, ?, ?)";

    /*
     * Staged rows into the store, one row per (series, time) even if a batch repeats a point. perf_sample
     * has no key (schema V004; maintaining its index cost ~90 % of an insert), so the store keeps that
     * rule itself. The parameter is the first series id new to the store in this batch: rows of those
     * series cannot be stored yet and go in unchecked; rows of older series are anti-joined against
     * the stored rows of the batch's series-id and time span, which row-group min/max prune to a few.
     */

    /** Staged rows of series new to the store (series_id >= ?), deduplicated within the batch only. */
    static final String MERGE_NEW_SERIES = "INSERT INTO perf_sample (series_id, ts, value) "
            + "SELECT series_id, make_timestamp(epoch_us), max(value) FROM perf_sample_staging "
            + "WHERE series_id >= ? GROUP BY series_id, epoch_us ORDER BY series_id, epoch_us";

    /** The span of the staged rows of stored series (series_id < ?): ids, epoch microseconds, count. */
    static final String STAGED_STORED_SPAN = "SELECT min(series_id), max(series_id), min(epoch_us), max(epoch_us), "
            + "count(*) FROM perf_sample_staging WHERE series_id < ?";

    /**
     * Staged rows of stored series (series_id < ?) that the store does not hold yet; the stored rows
     * looked at are those of series ids between ? and ? and times between make_timestamp(?) and make_timestamp(?).
     */
    static final String MERGE_STORED_SERIES = "INSERT INTO perf_sample (series_id, ts, value) "
            + "WITH b AS (SELECT series_id, epoch_us, max(value) AS value FROM perf_sample_staging "
            + "WHERE series_id < ? GROUP BY series_id, epoch_us), "
            + "stored AS (SELECT series_id, epoch_us(ts) AS epoch_us FROM perf_sample "
            + "WHERE series_id BETWEEN ? AND ? AND ts BETWEEN make_timestamp(?) AND make_timestamp(?)) "
            + "SELECT b.series_id, make_timestamp(b.epoch_us), b.value FROM b "
            + "ANTI JOIN stored USING (series_id, epoch_us) ORDER BY b.series_id, b.epoch_us";

    /** Head, row and tail of the multi-row upsert of what each series of a run asked for and got. */
    static final String UPSERT_FETCH = "INSERT INTO perf_fetch (run_id, series_id, range_start, range_end, "
            + "expected_points, received_points)";
    static final String FETCH_ROW = "(?, ?, make_timestamp(?), make_timestamp(?), ?, ?)";
    static final String UPSERT_FETCH_TAIL = " ON CONFLICT (run_id, series_id) DO UPDATE SET range_start = excluded.range_start, "
            + "range_end = excluded.range_end, expected_points = excluded.expected_points, "
            + "received_points = excluded.received_points";
}
