package dev.cloudfit.assess.collect;

import dev.cloudfit.assess.workspace.TimeRange;

/**
 * What performance collection stored for a run: samples, gaps (series with missing stretches in the
 * asked range) and the time range covered (null when none), for the run record and the summary.
 *
 * @param samples samples stored
 * @param gaps gaps found
 * @param covered the history's time range, or null
 * @param collected whether performance history was collected at all
 */
public record PerfOutcome(long samples, long gaps, TimeRange covered, boolean collected) {

    /** Nothing was collected (no performance collection is plugged in). */
    public static final PerfOutcome NOT_COLLECTED = new PerfOutcome(0, 0, null, false);

    public PerfOutcome {
        if (samples < 0 || gaps < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
