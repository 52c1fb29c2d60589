-- Percentile summaries of every series over one window, kept so that re-assessing a workspace does not
-- sort every sample again. data_stamp is the sample and series counts when it was computed: samples are
-- only ever added (never updated or deleted), so a different count means stale rows, recomputed.
CREATE TABLE perf_summary_cache (
    window_start_us BIGINT NOT NULL, window_end_us BIGINT NOT NULL, data_stamp VARCHAR NOT NULL,
    vm_key VARCHAR NOT NULL, counter VARCHAR NOT NULL, instance VARCHAR NOT NULL, interval_s INTEGER NOT NULL,
    unit VARCHAR NOT NULL, source VARCHAR NOT NULL, received BIGINT NOT NULL,
    p50 DOUBLE, p90 DOUBLE, p95 DOUBLE, p99 DOUBLE, min_v DOUBLE, max_v DOUBLE, first_us BIGINT, last_us BIGINT
);
