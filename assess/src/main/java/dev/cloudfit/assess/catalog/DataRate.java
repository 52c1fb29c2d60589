package dev.cloudfit.assess.catalog;

/**
 * A rate of data transfer, held exactly in bytes per second. Azure states disk throughput in
 * "MB/s" meaning 10^6 bytes per second (the size pages say so), and network bandwidth in Mbit/s
 * (10^6 bits per second); both convert here without loss for the figures the catalog holds.
 */
public record DataRate(long bytesPerSecond) implements Comparable<DataRate> {

    private static final long MEGA = 1_000_000L;

    public DataRate {
        if (bytesPerSecond < 0) {
            throw new IllegalArgumentException("a data rate cannot be negative: " + bytesPerSecond + " B/s");
        }
    }

    /** From megabytes per second, MB = 10^6 bytes, as Azure disk and VM storage limits are given. */
    public static DataRate ofMegabytesPerSecond(double mbps) {
        return new DataRate(Math.round(mbps * MEGA));
    }

    /** From megabits per second, as Azure VM network bandwidth is given. */
    public static DataRate ofMegabitsPerSecond(double mbitps) {
        return new DataRate(Math.round(mbitps * MEGA / 8.0));
    }

    public double toMegabytesPerSecond() {
        return (double) bytesPerSecond / MEGA;
    }

    public double toMegabitsPerSecond() {
        return bytesPerSecond * 8.0 / MEGA;
    }

    @Override
    public int compareTo(DataRate o) {
        return Long.compare(bytesPerSecond, o.bytesPerSecond);
    }

    @Override
    public String toString() {
        double mb = toMegabytesPerSecond();
        return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.valueOf(mb)) + " MB/s";
    }
}
