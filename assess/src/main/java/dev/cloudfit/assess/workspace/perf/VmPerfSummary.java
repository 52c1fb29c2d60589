package dev.cloudfit.assess.workspace.perf;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Every series of one VM summarised over one window, ordered by counter, instance and interval. */
public record VmPerfSummary(String vmKey, SummaryWindow window, List<CounterSummary> counters) {

    public VmPerfSummary {
        Objects.requireNonNull(vmKey, "vmKey");
        Objects.requireNonNull(window, "window");
        counters = List.copyOf(counters);
    }

    /** The VM-level series of a counter at its finest interval, if any. */
    public Optional<CounterSummary> aggregate(String counter) {
        return counters.stream()
                .filter(c -> c.counter().equals(counter) && c.instance().isEmpty())
                .min((a, b) -> a.interval().compareTo(b.interval()));
    }

    /** Every instance series of a counter (one per disk or NIC). */
    public List<CounterSummary> instances(String counter) {
        return counters.stream().filter(c -> c.counter().equals(counter) && !c.instance().isEmpty()).toList();
    }
}
