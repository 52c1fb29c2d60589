package dev.cloudfit.core.units;

import java.util.Locale;

/**
 * An amount of data, held exactly in bytes. vSphere and RVTools count in binary units (MiB, GiB);
 * Azure disk tiers are sized in GiB. Decimal units are deliberately absent: nothing in this field
 * sizes storage in MB = 10^6 bytes, and a label that says "MB" (pre-4.1.2 RVTools) means MiB.
 */
public record DataSize(long bytes) implements Comparable<DataSize> {

    public static final long KIB = 1024L;
    public static final long MIB = KIB * 1024L;
    public static final long GIB = MIB * 1024L;
    public static final long TIB = GIB * 1024L;

    public static final DataSize ZERO = new DataSize(0);

    public DataSize {
        if (bytes < 0) {
            throw new IllegalArgumentException("a data size cannot be negative: " + bytes + " bytes");
        }
    }

    public static DataSize ofBytes(long bytes) {
        return new DataSize(bytes);
    }

    public static DataSize ofKibibytes(double kib) {
        return new DataSize(Math.round(kib * KIB));
    }

    public static DataSize ofMebibytes(double mib) {
        return new DataSize(Math.round(mib * MIB));
    }

    public static DataSize ofGibibytes(double gib) {
        return new DataSize(Math.round(gib * GIB));
    }

    public static DataSize ofTebibytes(double tib) {
        return new DataSize(Math.round(tib * TIB));
    }

    public double toMebibytes() {
        return (double) bytes / MIB;
    }

    public double toGibibytes() {
        return (double) bytes / GIB;
    }

    public double toTebibytes() {
        return (double) bytes / TIB;
    }

    public DataSize plus(DataSize other) {
        return new DataSize(Math.addExact(bytes, other.bytes));
    }

    public DataSize minus(DataSize other) {
        return new DataSize(Math.max(0, bytes - other.bytes));
    }

    public DataSize times(double factor) {
        return new DataSize(Math.round(bytes * factor));
    }

    public boolean isZero() {
        return bytes == 0;
    }

    @Override
    public int compareTo(DataSize o) {
        return Long.compare(bytes, o.bytes);
    }

    /** A human reading in the largest binary unit that keeps the number at or above 1. */
    @Override
    public String toString() {
        if (bytes >= TIB) {
            return String.format(Locale.ROOT, "%.2f TiB", toTebibytes());
        }
        if (bytes >= GIB) {
            return String.format(Locale.ROOT, "%.2f GiB", toGibibytes());
        }
        if (bytes >= MIB) {
            return String.format(Locale.ROOT, "%.1f MiB", toMebibytes());
        }
        return bytes + " B";
    }
}
