-- Schema 1 of the cloudfit workspace. Timestamps are UTC, TIMESTAMP without zone.
-- Sizes are bytes, speeds hertz, intervals seconds. No foreign keys: DuckDB checks them eagerly
-- and rewrites rows on update; the store writes parents and children in one transaction instead.

CREATE SEQUENCE run_id_seq START 1;

-- One collection or import. source_fingerprint: vCenter instance UUID, or the file's SHA-256.
CREATE TABLE run (
    run_id             BIGINT PRIMARY KEY,
    source_kind        VARCHAR NOT NULL,
    source_name        VARCHAR NOT NULL,
    source_fingerprint VARCHAR NOT NULL,
    status             VARCHAR NOT NULL,
    started_at         TIMESTAMP NOT NULL,
    finished_at        TIMESTAMP,
    range_start        TIMESTAMP,
    range_end          TIMESTAMP,
    vm_count           INTEGER NOT NULL DEFAULT 0,
    host_count         INTEGER NOT NULL DEFAULT 0,
    sample_count       BIGINT NOT NULL DEFAULT 0,
    tool_version       VARCHAR NOT NULL
);

-- The inventory snapshot a run took: provenance, then VMs and their parts, then hosts.
-- Child rows carry (run_id, vm_ord) and their own ord, so lists read back in their order.
CREATE TABLE inv_source (
    run_id         BIGINT PRIMARY KEY,
    kind           VARCHAR NOT NULL,
    name           VARCHAR NOT NULL,
    sha256         VARCHAR,
    format_version VARCHAR
);

CREATE TABLE inv_field_source (
    run_id BIGINT NOT NULL, field VARCHAR NOT NULL, ord INTEGER NOT NULL, source VARCHAR NOT NULL,
    PRIMARY KEY (run_id, field, ord)
);

CREATE TABLE inv_warning (
    run_id BIGINT NOT NULL, ord INTEGER NOT NULL, code VARCHAR NOT NULL,
    loc_file VARCHAR, loc_sheet VARCHAR, loc_row BIGINT, loc_column VARCHAR, has_location BOOLEAN NOT NULL,
    message VARCHAR NOT NULL,
    PRIMARY KEY (run_id, ord)
);

CREATE TABLE inv_warning_count (
    run_id BIGINT NOT NULL, code VARCHAR NOT NULL, count BIGINT NOT NULL,
    PRIMARY KEY (run_id, code)
);

CREATE TABLE inv_vm (
    run_id            BIGINT NOT NULL,
    vm_ord            INTEGER NOT NULL,
    vm_key            VARCHAR NOT NULL,
    name              VARCHAR NOT NULL,
    vcenter           VARCHAR,
    moref             VARCHAR,
    instance_uuid     VARCHAR,
    bios_uuid         VARCHAR,
    power_state       VARCHAR NOT NULL,
    template          BOOLEAN NOT NULL,
    vcpus             INTEGER NOT NULL,
    cores_per_socket  INTEGER NOT NULL,
    memory_bytes      BIGINT NOT NULL,
    firmware          VARCHAR NOT NULL,
    guest_configured  VARCHAR,
    guest_tools       VARCHAR,
    hardware_version  INTEGER NOT NULL,
    datacenter        VARCHAR,
    cluster           VARCHAR,
    host              VARCHAR,
    folder            VARCHAR,
    annotation        VARCHAR,
    provisioned_bytes BIGINT NOT NULL,
    in_use_bytes      BIGINT NOT NULL,
    PRIMARY KEY (run_id, vm_ord)
);

CREATE TABLE inv_vm_attribute (
    run_id BIGINT NOT NULL, vm_ord INTEGER NOT NULL, name VARCHAR NOT NULL, value VARCHAR,
    PRIMARY KEY (run_id, vm_ord, name)
);

CREATE TABLE inv_vm_tag (
    run_id BIGINT NOT NULL, vm_ord INTEGER NOT NULL, ord INTEGER NOT NULL, category VARCHAR, name VARCHAR NOT NULL,
    PRIMARY KEY (run_id, vm_ord, ord)
);

CREATE TABLE inv_disk (
    run_id BIGINT NOT NULL, vm_ord INTEGER NOT NULL, ord INTEGER NOT NULL,
    label VARCHAR, capacity_bytes BIGINT NOT NULL, provisioning VARCHAR NOT NULL, datastore VARCHAR,
    controller VARCHAR, independent BOOLEAN NOT NULL, rdm BOOLEAN NOT NULL, shared BOOLEAN NOT NULL,
    PRIMARY KEY (run_id, vm_ord, ord)
);

CREATE TABLE inv_nic (
    run_id BIGINT NOT NULL, vm_ord INTEGER NOT NULL, ord INTEGER NOT NULL,
    label VARCHAR, network VARCHAR, adapter_type VARCHAR, mac_address VARCHAR, connected BOOLEAN NOT NULL,
    PRIMARY KEY (run_id, vm_ord, ord)
);

-- family is 4 or 6
CREATE TABLE inv_nic_address (
    run_id BIGINT NOT NULL, vm_ord INTEGER NOT NULL, nic_ord INTEGER NOT NULL, family TINYINT NOT NULL,
    ord INTEGER NOT NULL, address VARCHAR NOT NULL,
    PRIMARY KEY (run_id, vm_ord, nic_ord, family, ord)
);

CREATE TABLE inv_partition (
    run_id BIGINT NOT NULL, vm_ord INTEGER NOT NULL, ord INTEGER NOT NULL,
    mount_point VARCHAR, capacity_bytes BIGINT NOT NULL, consumed_bytes BIGINT NOT NULL,
    PRIMARY KEY (run_id, vm_ord, ord)
);

CREATE TABLE inv_host (
    run_id BIGINT NOT NULL, host_ord INTEGER NOT NULL,
    name VARCHAR NOT NULL, datacenter VARCHAR, cluster VARCHAR, cpu_model VARCHAR,
    cpu_sockets INTEGER NOT NULL, cpu_cores INTEGER NOT NULL, cpu_hz BIGINT NOT NULL,
    memory_bytes BIGINT NOT NULL, esx_version VARCHAR,
    PRIMARY KEY (run_id, host_ord)
);

-- A performance series: one counter of one VM (instance '' = aggregate, else a disk or NIC
-- instance) at one interval. source: vcenter-historical / vcenter-realtime-peak / csv-single-point /
-- generated; source_detail e.g. the vCenter statistics level.
-- series_id is assigned by the (single) appender, max + 1, so declaring a series costs no commit.
CREATE TABLE perf_series (
    series_id     INTEGER PRIMARY KEY,
    vm_key        VARCHAR NOT NULL,
    counter       VARCHAR NOT NULL,
    instance      VARCHAR NOT NULL,
    interval_s    INTEGER NOT NULL,
    unit          VARCHAR NOT NULL,
    source        VARCHAR NOT NULL,
    source_detail VARCHAR NOT NULL,
    UNIQUE (vm_key, counter, instance, interval_s)
);

-- The samples: one row per (series, timestamp); the key makes re-inserts of overlaps no-ops.
CREATE TABLE perf_sample (
    series_id INTEGER NOT NULL,
    ts        TIMESTAMP NOT NULL,
    value     DOUBLE NOT NULL,
    PRIMARY KEY (series_id, ts)
);

-- Where the appender lands rows before they are merged into perf_sample; empty between merges.
CREATE TABLE perf_sample_staging (
    series_id INTEGER NOT NULL,
    epoch_us  BIGINT NOT NULL,
    value     DOUBLE NOT NULL
);

-- What one run asked a source for, per series: the range, the points it should hold
-- (range / interval) and the points that arrived (duplicates of stored points included).
CREATE TABLE perf_fetch (
    run_id          BIGINT NOT NULL,
    series_id       INTEGER NOT NULL,
    range_start     TIMESTAMP NOT NULL,
    range_end       TIMESTAMP NOT NULL,
    expected_points BIGINT NOT NULL,
    received_points BIGINT NOT NULL,
    PRIMARY KEY (run_id, series_id)
);

-- The samples in the flat form people expect to query.
CREATE VIEW perf_sample_flat AS
SELECT s.vm_key, s.counter, s.instance, p.ts, s.interval_s, p.value, s.unit, s.source
FROM perf_sample p JOIN perf_series s USING (series_id);
