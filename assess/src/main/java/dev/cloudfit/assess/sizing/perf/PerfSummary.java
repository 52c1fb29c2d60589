package dev.cloudfit.assess.sizing.perf;

import dev.cloudfit.assess.inventory.Disk;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything sizing needs to know about one VM's utilisation: one {@link CounterSummary} per counter.
 * A missing counter is an empty optional, never a zero. {@code vmKey} is {@code VmIdentity.key()}.
 */
public record PerfSummary(
        String vmKey,
        Optional<CounterSummary> cpu,
        Optional<CounterSummary> memory,
        List<DiskPerf> disks,
        List<NicPerf> nics) {

    public PerfSummary {
        Objects.requireNonNull(vmKey, "vmKey");
        Objects.requireNonNull(cpu, "cpu");
        Objects.requireNonNull(memory, "memory");
        disks = List.copyOf(disks);
        nics = List.copyOf(nics);
    }

    /** A VM with no performance data at all. */
    public static PerfSummary none(String vmKey) {
        return new PerfSummary(vmKey, Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    /**
     * The performance of an inventory disk: the series whose instance is the disk's address
     * ({@code scsi0:1}) when it has one, else the series named by its label; empty when neither exists.
     */
    public Optional<DiskPerf> disk(Disk disk) {
        Optional<String> instance = disk.perfInstance();
        if (instance.isPresent()) {
            Optional<DiskPerf> byInstance = named(instance.get());
            if (byInstance.isPresent()) {
                return byInstance;
            }
        }
        return disk.label() == null ? Optional.empty() : named(disk.label());
    }

    private Optional<DiskPerf> named(String name) {
        for (DiskPerf d : disks) {
            if (d.disk().equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Sum of outbound MB/s over all NICs, when any NIC has outbound data. */
    public Optional<Double> outboundMbps() {
        List<CounterSummary> outs = nics.stream().flatMap(n -> n.outMbps().stream()).toList();
        return outs.isEmpty() ? Optional.empty() : Optional.of(outs.stream().mapToDouble(CounterSummary::value).sum());
    }

    public Stream<CounterSummary> counters() {
        return Stream.of(cpu.stream(), memory.stream(), disks.stream().flatMap(DiskPerf::counters),
                nics.stream().flatMap(NicPerf::counters)).flatMap(s -> s);
    }

    /**
     * VM confidence: the share of all expected points received, summed over its counters, in the same
     * 20 % bands as per counter. Empty when no counter expected any point (no performance data: no rating).
     */
    public Optional<Stars> confidence() {
        long expected = 0;
        long received = 0;
        for (CounterSummary c : (Iterable<CounterSummary>) counters()::iterator) {
            expected += c.expected();
            received += Math.min(c.received(), c.expected());
        }
        return expected == 0 ? Optional.empty() : Optional.of(Stars.forCoverage((double) received / expected));
    }
}
