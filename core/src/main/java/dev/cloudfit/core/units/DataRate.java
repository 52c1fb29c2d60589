package dev.cloudfit.core.units;

import java.util.Locale;

/**
 * A data transfer rate in bytes per second: disk read or write throughput, network in or out.
 * Held as a double because rates are averages (0.3 MiB/s is common). Like {@link DataSize}, the
 * units are binary: a source labelled "MB per second" (Azure Migrate, vCenter) means MiB/s.
 */
public record DataRate(double bytesPerSecond) implements Comparable<DataRate> {

    public static final DataRate ZERO = new DataRate(0);

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
