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
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The samples of a time range as the sizing's counters, for the backtest: per VM and sample time, the CPU and
 * memory percentages (the VM's aggregate series), the disk IOPS and the disk rate summed over the VM's disk
 * instances (read plus write), and the outbound network rate summed over its NICs. DuckDB does the sums; the JVM
 * receives one VM's points at a time. Series at several intervals stay apart (the interval is in every point).
 */
public final class HeldOutSamples {

    /** The counter a point stands for. */
    public enum Load { CPU_PERCENT, MEMORY_PERCENT, DISK_IOPS, DISK_RATE, NETWORK_OUT_RATE }

    /** One summed point: its load, interval, unit (as stored), time and value. */
    public record Point(Load load, Duration interval, String unit, Instant at, double value) {
        public Point {
            Objects.requireNonNull(load, "load");
            Objects.requireNonNull(interval, "interval");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(at, "at");
        }
    }

    /** One VM's points in the range, ordered by load, interval and time. */
    public record VmPoints(String vmKey, List<Point> points) {
        public VmPoints {
            Objects.requireNonNull(vmKey, "vmKey");
            points = List.copyOf(points);
        }
    }

    private static final String QUERY = "SELECT vm_key, load, interval_s, unit, epoch_us(ts), sum(value) FROM ("
            + "SELECT s.vm_key, CASE"
            + " WHEN s.instance = '' AND s.counter = '" + PerfCounters.CPU_USAGE + "' THEN 0"
            + " WHEN s.instance = '' AND s.counter = '" + PerfCounters.MEM_USAGE + "' THEN 1"
            + " WHEN s.instance <> '' AND s.counter IN ('" + PerfCounters.DISK_READ_IOPS + "', '"
            + PerfCounters.DISK_WRITE_IOPS + "') THEN 2"
            + " WHEN s.instance <> '' AND s.counter IN ('" + PerfCounters.DISK_READ_RATE + "', '"
            + PerfCounters.DISK_WRITE_RATE + "') THEN 3"
            + " WHEN s.instance <> '' AND s.counter = '" + PerfCounters.NET_TX_RATE + "' THEN 4 END AS load,"
            + " s.interval_s, s.unit, p.ts, p.value"
            + " FROM perf_sample p JOIN perf_series s USING (series_id)"
            + " WHERE p.ts >= make_timestamp(?) AND p.ts < make_timestamp(?)) WHERE load IS NOT NULL"
            + " GROUP BY vm_key, load, interval_s, unit, ts ORDER BY vm_key, load, interval_s, unit, ts";

    private final Connection connection;

    public HeldOutSamples(Connection connection) {
        this.connection = connection;
    }

    /** Hands each VM with points in {@code range} to {@code sink}, in VM key order. */
    public void forEachVm(TimeRange range, Consumer<VmPoints> sink) {
        Transactions.autoCommit(connection, "read the held-out samples", c -> {
            try (PreparedStatement ps = c.prepareStatement(QUERY)) {
                SqlTime.bind(ps, 1, range.start());
                SqlTime.bind(ps, 2, range.end());
                try (ResultSet rs = ps.executeQuery()) {
                    String current = null;
                    List<Point> points = new ArrayList<>();
                    Load[] loads = Load.values();
                    while (rs.next()) {
                        String vm = rs.getString(1);
                        if (current != null && !current.equals(vm)) {
                            sink.accept(new VmPoints(current, points));
                            points = new ArrayList<>();
                        }
                        current = vm;
                        points.add(new Point(loads[rs.getInt(2)], Duration.ofSeconds(rs.getLong(3)), rs.getString(4),
                                SqlTime.fromMicros(rs.getLong(5)), rs.getDouble(6)));
                    }
                    if (current != null) {
                        sink.accept(new VmPoints(current, points));
                    }
                }
            }
            return null;
        });
    }
}
