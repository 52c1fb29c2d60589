package dev.cloudfit.assess.workspace.perf;

import dev.cloudfit.assess.workspace.SqlTime;
import dev.cloudfit.assess.workspace.TimeRange;
import dev.cloudfit.assess.workspace.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "What time range do I already have": per VM, counter and interval, so a re-collection asks the
 * source only for what is missing. A point stamped {@code t} counts as covering {@code [t, t + interval)};
 * a timestamp present for any instance of the counter counts (vCenter returns all instances of a
 * counter in one query, so they arrive together).
 */
public final class SampleCoverage {

    private static final String COVERAGE = "SELECT epoch_us(min(p.ts)) AS first_us, epoch_us(max(p.ts)) AS last_us, "
            + "count(DISTINCT p.ts) AS points FROM perf_sample p JOIN perf_series s USING (series_id) "
            + "WHERE s.vm_key = ? AND s.counter = ? AND s.interval_s = ?";

    private static final String POINTS_IN_RANGE = "SELECT DISTINCT epoch_us(p.ts) AS t FROM perf_sample p "
            + "JOIN perf_series s USING (series_id) WHERE s.vm_key = ? AND s.counter = ? AND s.interval_s = ? "
            + "AND p.ts > make_timestamp(?) AND p.ts < make_timestamp(?) ORDER BY t";

    /**
     * Per (VM, counter) of some VMs at one interval: the first point, every point that follows a
     * hole (with the point before it), and the last point; everything a gap list needs, few rows.
     */
    private static final String EDGES = "WITH pts AS (SELECT DISTINCT s.vm_key, s.counter, epoch_us(p.ts) AS t "
            + "FROM perf_sample p JOIN perf_series s USING (series_id) WHERE s.interval_s = ? AND s.vm_key IN (%s) "
            + "AND p.ts > make_timestamp(?) AND p.ts < make_timestamp(?)), "
            + "ordered AS (SELECT vm_key, counter, t, lag(t) OVER (PARTITION BY vm_key, counter ORDER BY t) AS prev, "
            + "lead(t) OVER (PARTITION BY vm_key, counter ORDER BY t) AS next FROM pts) "
            + "SELECT vm_key, counter, t, prev, next FROM ordered WHERE prev IS NULL OR next IS NULL OR t > prev + ? "
            + "ORDER BY vm_key, counter, t";

    private final Connection connection;

    public SampleCoverage(Connection connection) {
        this.connection = connection;
    }

    public Optional<Coverage> of(String vmKey, String counter, Duration interval) {
        return Transactions.autoCommit(connection, "read coverage", c -> {
            try (PreparedStatement ps = c.prepareStatement(COVERAGE)) {
                ps.setString(1, vmKey);
                ps.setString(2, counter);
                ps.setLong(3, interval.toSeconds());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long points = rs.getLong("points");
                    if (points == 0) {
                        return Optional.empty();
                    }
                    return Optional.of(new Coverage(vmKey, counter, interval, SqlTime.read(rs, "first_us"),
                            SqlTime.read(rs, "last_us"), points));
                }
            }
        });
    }

    /**
     * {@link #missing} for many VMs and all their counters at one interval, in one query: for each
     * VM and counter that has at least one point in {@code wanted}, the parts no stored point covers
     * (an empty list when none). A VM or counter absent from the answer has nothing stored there:
     * all of {@code wanted} is missing. Holds a few rows per series, never the samples.
     */
    public java.util.Map<String, java.util.Map<String, List<TimeRange>>> missingForVms(java.util.Collection<String> vmKeys,
                                                                                       Duration interval, TimeRange wanted) {
        java.util.Map<String, java.util.Map<String, List<TimeRange>>> out = new java.util.HashMap<>();
        if (vmKeys.isEmpty()) {
            return out;
        }
        String sql = String.format(EDGES, String.join(", ", java.util.Collections.nCopies(vmKeys.size(), "?")));
        long intervalUs = interval.toSeconds() * 1_000_000L;
        return Transactions.autoCommit(connection, "find missing ranges", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                ps.setLong(i++, interval.toSeconds());
                for (String vm : vmKeys) {
                    ps.setString(i++, vm);
                }
                SqlTime.bind(ps, i++, wanted.start().minus(interval));
                SqlTime.bind(ps, i++, wanted.end());
                ps.setLong(i, intervalUs);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<TimeRange> gaps = out.computeIfAbsent(rs.getString("vm_key"), k -> new java.util.HashMap<>())
                                .computeIfAbsent(rs.getString("counter"), k -> new ArrayList<>());
                        Instant t = SqlTime.fromMicros(rs.getLong("t"));
                        long prev = rs.getLong("prev");
                        boolean first = rs.wasNull();
                        rs.getLong("next");
                        boolean last = rs.wasNull();
                        Instant from = first ? wanted.start() : SqlTime.fromMicros(prev).plus(interval);
                        if (t.isAfter(from)) {
                            gaps.add(new TimeRange(from, t));
                        }
                        Instant coveredUntil = t.plus(interval);
                        if (last && coveredUntil.isBefore(wanted.end())) {
                            gaps.add(new TimeRange(coveredUntil.isBefore(wanted.start()) ? wanted.start() : coveredUntil,
                                    wanted.end()));
                        }
                    }
                }
            }
            return out;
        });
    }

    /**
     * The parts of {@code wanted} no stored point covers, in order: what a re-collection should
     * fetch. Empty when everything is there. Streams the timestamps; holds only the gaps.
     */
    public List<TimeRange> missing(String vmKey, String counter, Duration interval, TimeRange wanted) {
        return Transactions.autoCommit(connection, "find missing ranges", c -> {
            List<TimeRange> gaps = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(POINTS_IN_RANGE)) {
                ps.setString(1, vmKey);
                ps.setString(2, counter);
                ps.setLong(3, interval.toSeconds());
                SqlTime.bind(ps, 4, wanted.start().minus(interval));
                SqlTime.bind(ps, 5, wanted.end());
                Instant cursor = wanted.start();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Instant t = SqlTime.fromMicros(rs.getLong("t"));
                        if (t.isAfter(cursor)) {
                            gaps.add(new TimeRange(cursor, t));
                        }
                        Instant coveredUntil = t.plus(interval);
                        if (coveredUntil.isAfter(cursor)) {
                            cursor = coveredUntil;
                        }
                    }
                }
                if (cursor.isBefore(wanted.end())) {
                    gaps.add(new TimeRange(cursor, wanted.end()));
                }
            }
            return gaps;
        });
    }
}
