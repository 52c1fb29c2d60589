package dev.cloudfit.assess.sizing.perf;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Performance of one virtual disk. {@code disk} names it as the source does: vCenter's counter
 * instance ({@code scsi0:1}, matched to the inventory disk's address) or, for sources without one
 * (an Azure Migrate CSV, tests), the disk's label ({@code Hard disk 1}). MB/s are decimal (10^6 B/s),
 * the unit Azure states disk limits in.
 */
public record DiskPerf(
        String disk,
        Optional<CounterSummary> readIops,
        Optional<CounterSummary> writeIops,
        Optional<CounterSummary> readMbps,
        Optional<CounterSummary> writeMbps) {

    public DiskPerf {
        Objects.requireNonNull(disk, "disk");
        Objects.requireNonNull(readIops, "readIops");
        Objects.requireNonNull(writeIops, "writeIops");
        Objects.requireNonNull(readMbps, "readMbps");
        Objects.requireNonNull(writeMbps, "writeMbps");
    }

    /** Read + write IOPS when at least one side is measured. */
    public Optional<Double> iops() {
        return sum(readIops, writeIops);
    }

    /** Read + write MB/s when at least one side is measured. */
    public Optional<Double> mbps() {
        return sum(readMbps, writeMbps);
    }

    public Stream<CounterSummary> counters() {
        return Stream.of(readIops, writeIops, readMbps, writeMbps).flatMap(Optional::stream);
    }

    private static Optional<Double> sum(Optional<CounterSummary> a, Optional<CounterSummary> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(a.map(CounterSummary::value).orElse(0.0) + b.map(CounterSummary::value).orElse(0.0));
    }
}
