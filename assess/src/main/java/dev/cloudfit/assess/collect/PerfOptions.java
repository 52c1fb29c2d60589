package dev.cloudfit.assess.collect;

import dev.cloudfit.assess.collect.perf.ContinuousSettings;
import java.time.Duration;
import java.util.Set;

/**
 * The options of {@code cloudfit collect} that shape its performance collection beyond
 * {@link CollectSettings}: whether to keep polling afterwards ({@code --continuous}) and, for
 * benchmarks, which historical intervals to read.
 *
 * @param continuous how to poll after the history, or null to end after it
 * @param intervals sampling periods to read (e.g. 2 h only); empty for every interval the days need
 */
public record PerfOptions(ContinuousSettings continuous, Set<Duration> intervals) {

    /** History only, every interval needed. */
    public static final PerfOptions HISTORY = new PerfOptions(null, Set.of());

    public PerfOptions {
        intervals = Set.copyOf(intervals);
    }
}
