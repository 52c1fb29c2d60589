-- perf_sample loses its (series_id, ts) primary key: keeping DuckDB's ART index up to date was ~90 % of
-- the cost of storing a sample. One row per (series, timestamp) still holds: the appender inserts a
-- batch's rows of series new to the store directly and anti-joins the others against the stored rows
-- of the batch's series and time span (SampleAppender, PerfSql). Rows are copied in key order, which
-- keeps the row-group min/max of series_id tight for those look-ups.
CREATE TABLE perf_sample_v4 (
    series_id INTEGER NOT NULL,
    ts        TIMESTAMP NOT NULL,
    value     DOUBLE NOT NULL
);
INSERT INTO perf_sample_v4 SELECT series_id, ts, value FROM perf_sample ORDER BY series_id, ts;
DROP VIEW perf_sample_flat;
DROP TABLE perf_sample;
ALTER TABLE perf_sample_v4 RENAME TO perf_sample;
CREATE VIEW perf_sample_flat AS
SELECT s.vm_key, s.counter, s.instance, p.ts, s.interval_s, p.value, s.unit, s.source
FROM perf_sample p JOIN perf_series s USING (series_id);
