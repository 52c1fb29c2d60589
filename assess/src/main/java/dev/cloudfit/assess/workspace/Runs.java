package dev.cloudfit.assess.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code run} table: one row per collection or import. All of the run SQL is here. Methods
 * that take a {@link Connection} write inside the caller's transaction; the others commit on their own.
 */
public final class Runs {

    private static final String COLUMNS = "run_id, source_kind, source_name, source_fingerprint, status, "
            + "epoch_us(started_at) AS started_us, epoch_us(finished_at) AS finished_us, "
            + "epoch_us(range_start) AS range_start_us, epoch_us(range_end) AS range_end_us, "
            + "vm_count, host_count, sample_count, tool_version";

    private final Connection connection;

    Runs(Connection connection) {
        this.connection = connection;
    }

    /** Records a new run as {@code RUNNING}, started now; returns its id. */
    public long start(RunSource source) {
        return Transactions.autoCommit(connection, "start a run", c -> insertRunning(c, source));
    }

    /** Marks a run complete, with the time range its history covers (null when none) and its counts. */
    public void complete(long runId, TimeRange covered, RunCounts counts) {
        Transactions.inTransaction(connection, "complete run " + runId, c -> {
            complete(c, runId, covered, counts);
            return null;
        });
    }

    /** Marks a run interrupted (stopped by the user or failed); what it committed stays. */
    public void interrupt(long runId) {
        Transactions.autoCommit(connection, "interrupt run " + runId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE run SET status = 'interrupted' WHERE run_id = ? AND status = 'running'")) {
                ps.setLong(1, runId);
                return ps.executeUpdate();
            }
        });
    }

    public Optional<Run> find(long runId) {
        return Transactions.autoCommit(connection, "read run " + runId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM run WHERE run_id = ?")) {
                ps.setLong(1, runId);
                List<Run> runs = list(ps);
                return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(0));
            }
        });
    }

    /** Every run, oldest first. */
    public List<Run> all() {
        return Transactions.autoCommit(connection, "list runs", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM run ORDER BY run_id")) {
                return list(ps);
            }
        });
    }

    /** The latest complete run of each source (kind, name, fingerprint), by source. */
    public List<Run> latestCompletePerSource() {
        return Transactions.autoCommit(connection, "list latest runs", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM run WHERE status = 'complete' "
                    + "QUALIFY row_number() OVER (PARTITION BY source_kind, source_name, source_fingerprint "
                    + "ORDER BY started_at DESC, run_id DESC) = 1 ORDER BY source_kind, source_name, source_fingerprint")) {
                return list(ps);
            }
        });
    }

    /** The latest complete run of a source kind and name, whatever its fingerprint (a file's newer content). */
    public Optional<Run> latestComplete(SourceKind kind, String name) {
        return Transactions.autoCommit(connection, "find the latest run", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM run WHERE status = 'complete' "
                    + "AND source_kind = ? AND source_name = ? ORDER BY started_at DESC, run_id DESC LIMIT 1")) {
                ps.setString(1, kind.code());
                ps.setString(2, name);
                List<Run> runs = list(ps);
                return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(0));
            }
        });
    }

    static long insertRunning(Connection c, RunSource source) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO run (run_id, source_kind, source_name, "
                + "source_fingerprint, status, started_at, tool_version) "
                + "VALUES (nextval('run_id_seq'), ?, ?, ?, 'running', make_timestamp(?), ?) RETURNING run_id")) {
            ps.setString(1, source.kind().code());
            ps.setString(2, source.name());
            ps.setString(3, source.fingerprint());
            SqlTime.bind(ps, 4, SqlTime.now());
            ps.setString(5, dev.cloudfit.core.ToolVersion.get());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void complete(Connection c, long runId, TimeRange covered, RunCounts counts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE run SET status = 'complete', "
                + "finished_at = make_timestamp(?), range_start = make_timestamp(?), range_end = make_timestamp(?), "
                + "vm_count = ?, host_count = ?, sample_count = ? WHERE run_id = ? AND status = 'running'")) {
            SqlTime.bind(ps, 1, SqlTime.now());
            SqlTime.bind(ps, 2, covered == null ? null : covered.start());
            SqlTime.bind(ps, 3, covered == null ? null : covered.end());
            ps.setInt(4, counts.vms());
            ps.setInt(5, counts.hosts());
            ps.setLong(6, counts.samples());
            ps.setLong(7, runId);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("run " + runId + " is not running");
            }
        }
    }

    /** Runs left {@code RUNNING} by a process that died; called on open, under the workspace lock. */
    static int markAbandonedInterrupted(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate("UPDATE run SET status = 'interrupted' WHERE status = 'running'");
        }
    }

    private static List<Run> list(PreparedStatement ps) throws SQLException {
        List<Run> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                var rangeStart = SqlTime.read(rs, "range_start_us");
                var rangeEnd = SqlTime.read(rs, "range_end_us");
                out.add(new Run(rs.getLong("run_id"),
                        new RunSource(SourceKind.ofCode(rs.getString("source_kind")), rs.getString("source_name"),
                                rs.getString("source_fingerprint")),
                        RunStatus.ofCode(rs.getString("status")),
                        SqlTime.read(rs, "started_us"),
                        SqlTime.read(rs, "finished_us"),
                        rangeStart == null || rangeEnd == null ? null : new TimeRange(rangeStart, rangeEnd),
                        new RunCounts(rs.getInt("vm_count"), rs.getInt("host_count"), rs.getLong("sample_count")),
                        rs.getString("tool_version")));
            }
        }
        return out;
    }
}
