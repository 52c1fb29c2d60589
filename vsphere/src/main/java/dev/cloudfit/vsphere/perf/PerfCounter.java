package dev.cloudfit.vsphere.perf;

import dev.cloudfit.core.units.DataRate;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.core.units.Percentage;
import java.time.Duration;
import java.util.Objects;

/**
 * One entry of the counter catalogue ({@code PerfCounterInfo}): key, name, unit, what the value
 * means, and the statistics levels at which vCenter keeps it historically, for the entity as a
 * whole ({@code level}) and per instance ({@code perDeviceLevel}).
 *
 * <p>The raw values on the wire are longs in the counter's unit; the typed readers here turn one
 * into a unit type and refuse a counter of another unit, so a percent is never read as a rate.
 *
 * @param key the key in this vCenter's catalogue (differs between vCenters)
 * @param name {@code group.name.rollup}
 * @param unit the unit of its values
 * @param statsType absolute, delta or rate
 * @param level the lowest statistics level that keeps the aggregate
 * @param perDeviceLevel the lowest statistics level that keeps per-instance values
 */
public record PerfCounter(int key, CounterName name, PerfUnit unit, StatsType statsType, int level, int perDeviceLevel) {

    public PerfCounter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(statsType, "statsType");
    }

    /** @return whether a historical interval at {@code intervalLevel} keeps this metric */
    public boolean keptAt(int intervalLevel, PerfMetricId metric) {
        return (metric.isAggregate() ? level : perDeviceLevel) <= intervalLevel;
    }

    /**
     * The value in the unit as people read it: percent counters arrive in hundredths (2534 = 25.34 %),
     * every other unit as is.
     */
    public double plainValue(long raw) {
        return unit.equals(PerfUnit.PERCENT) ? raw / 100.0 : raw;
    }

    /** @return a percent counter's value; 2534 on the wire is 25.34 % */
    public Percentage percentage(long raw) {
        require(PerfUnit.PERCENT);
        return Percentage.of(raw / 100.0);
    }

    /** @return a kiloBytesPerSecond counter's value (vSphere's kilobyte is 1,024 bytes) */
    public DataRate dataRate(long raw) {
        require(PerfUnit.KILOBYTES_PER_SECOND);
        return DataRate.ofKibibytesPerSecond(raw);
    }

    /** @return a kiloBytes counter's value (vSphere's kilobyte is 1,024 bytes) */
    public DataSize dataSize(long raw) {
        require(PerfUnit.KILOBYTES);
        return DataSize.ofKibibytes(raw);
    }

    /** @return a millisecond counter's value, e.g. {@code cpu.ready.summation}: time ready in the interval */
    public Duration duration(long raw) {
        require(PerfUnit.MILLISECOND);
        return Duration.ofMillis(raw);
    }

    private void require(PerfUnit expected) {
        if (!unit.equals(expected)) {
            throw new IllegalArgumentException(name + " is in " + unit + ", not " + expected);
        }
    }
}
