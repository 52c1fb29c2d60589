package dev.cloudfit.assess.perf;

import dev.cloudfit.core.units.DataRate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Read and write throughput and operations per second of one disk (or of all disks together),
 * each absent when the source does not give it. Absent is not zero: sizing falls back to the
 * configured disk for an unknown figure, but sizes a measured zero as idle.
 *
 * @param disk the disk's label as the source names it ({@code Disk 1}), or {@code all disks}
 */
public record DiskIo(
        String disk,
        Optional<DataRate> read,
        Optional<DataRate> write,
        OptionalDouble readOpsPerSecond,
        OptionalDouble writeOpsPerSecond) {

    /** The label used for the totals over all of a server's disks. */
    public static final String ALL_DISKS = "all disks";

    public DiskIo {
        Objects.requireNonNull(disk, "disk");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(write, "write");
        requireRate(readOpsPerSecond, "readOpsPerSecond");
        requireRate(writeOpsPerSecond, "writeOpsPerSecond");
    }

    /** True when no figure is known. */
    public boolean isEmpty() {
        return read.isEmpty() && write.isEmpty() && readOpsPerSecond.isEmpty() && writeOpsPerSecond.isEmpty();
    }

    private static void requireRate(OptionalDouble ops, String name) {
        Objects.requireNonNull(ops, name);
        if (ops.isPresent() && !(ops.getAsDouble() >= 0 && Double.isFinite(ops.getAsDouble()))) {
            throw new IllegalArgumentException(name + " must be a finite, non-negative number: " + ops.getAsDouble());
        }
    }
}
