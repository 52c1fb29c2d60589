-- Where the JVM lands per-series summaries (numbers only, keyed by series_id) before one INSERT ... SELECT
-- joins them to perf_series into perf_summary_cache; empty between fills. Computing the percentiles in
-- the JVM, series range by series range, replaced DuckDB's quantile_disc over a GROUP BY of every
-- sample (see WindowSummaryFill).
CREATE TABLE perf_summary_stage (
    series_id INTEGER NOT NULL, received BIGINT NOT NULL,
    p50 DOUBLE NOT NULL, p90 DOUBLE NOT NULL, p95 DOUBLE NOT NULL, p99 DOUBLE NOT NULL,
    min_v DOUBLE NOT NULL, max_v DOUBLE NOT NULL, first_us BIGINT NOT NULL, last_us BIGINT NOT NULL
);

-- Where the stored history ends (the last point plus its interval), per state of the samples (the same
-- data_stamp as perf_summary_cache): finding it reads every sample, so it is computed once per state.
CREATE TABLE perf_history_end (data_stamp VARCHAR NOT NULL, end_us BIGINT);
