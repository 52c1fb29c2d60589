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
