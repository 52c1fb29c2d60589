package dev.cloudfit.core.units;

import java.util.Locale;

/**
 * A data transfer rate in bytes per second: disk read or write throughput, network in or out.
 * Held as a double because rates are averages (0.3 MiB/s is common). The factories and readers name
 * their base, because the sources differ: vCenter's {@code kiloBytesPerSecond} counters
 * ({@code virtualDisk.read}, {@code net.transmitted}) are KiB/s (vSphere's KB is 1,024 bytes), so
 * {@link #ofKibibytesPerSecond}; Azure's disk and VM storage limits are "MB/s" meaning 10^6 bytes a
 * second ({@link #ofMegabytesPerSecond}) and its VM network bandwidth Mbit/s, 10^6 bits
 * ({@link #ofMegabitsPerSecond}). 1 KiB/s is therefore 0.001024 MB/s, not 1/1000 (pinned by
 * {@code DataRateTest}).
 */
public record DataRate(double bytesPerSecond) implements Comparable<DataRate> {

    public static final DataRate ZERO = new DataRate(0);

    private static final double MEGA = 1_000_000.0;

    public DataRate {
        if (!Double.isFinite(bytesPerSecond) || bytesPerSecond < 0) {
            throw new IllegalArgumentException("a data rate must be a finite, non-negative number: "
                    + bytesPerSecond + " B/s");
        }
    }

    public static DataRate ofBytesPerSecond(double bytesPerSecond) {
        return new DataRate(bytesPerSecond);
    }

    public static DataRate ofKibibytesPerSecond(double kibPerSecond) {
        return new DataRate(kibPerSecond * DataSize.KIB);
    }

    public static DataRate ofMebibytesPerSecond(double mibPerSecond) {
        return new DataRate(mibPerSecond * DataSize.MIB);
    }

    /** From megabytes per second, MB = 10^6 bytes, as Azure states disk and VM storage limits. */
    public static DataRate ofMegabytesPerSecond(double mbPerSecond) {
        return new DataRate(mbPerSecond * MEGA);
    }

    /** From megabits per second, Mbit = 10^6 bits, as Azure states VM network bandwidth. */
    public static DataRate ofMegabitsPerSecond(double mbitPerSecond) {
        return new DataRate(mbitPerSecond * MEGA / 8.0);
    }

    /** Decimal megabytes (10^6 bytes) per second, the unit of Azure's disk limits. */
    public double toMegabytesPerSecond() {
        return bytesPerSecond / MEGA;
    }

    /** Decimal megabits per second. */
    public double toMegabitsPerSecond() {
        return bytesPerSecond * 8.0 / MEGA;
    }

    public double toKibibytesPerSecond() {
        return bytesPerSecond / DataSize.KIB;
    }

    public double toMebibytesPerSecond() {
        return bytesPerSecond / DataSize.MIB;
    }

    public DataRate plus(DataRate other) {
        return new DataRate(bytesPerSecond + other.bytesPerSecond);
    }

    public DataRate times(double factor) {
        return new DataRate(bytesPerSecond * factor);
    }

    @Override
    public int compareTo(DataRate o) {
        return Double.compare(bytesPerSecond, o.bytesPerSecond);
    }

    /** A human reading in MiB/s, or KiB/s below one MiB/s. */
    @Override
    public String toString() {
        if (bytesPerSecond >= DataSize.MIB) {
            return String.format(Locale.ROOT, "%.2f MiB/s", toMebibytesPerSecond());
        }
        return String.format(Locale.ROOT, "%.1f KiB/s", toKibibytesPerSecond());
    }
}
