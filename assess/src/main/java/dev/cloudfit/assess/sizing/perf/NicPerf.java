package dev.cloudfit.assess.sizing.perf;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** Throughput of one network adapter, matched to the inventory's {@code Nic} by label. */
public record NicPerf(String nicLabel, Optional<CounterSummary> inMbps, Optional<CounterSummary> outMbps) {

    public NicPerf {
        Objects.requireNonNull(nicLabel, "nicLabel");
        Objects.requireNonNull(inMbps, "inMbps");
        Objects.requireNonNull(outMbps, "outMbps");
    }

    public Stream<CounterSummary> counters() {
        return Stream.of(inMbps, outMbps).flatMap(Optional::stream);
    }
}
