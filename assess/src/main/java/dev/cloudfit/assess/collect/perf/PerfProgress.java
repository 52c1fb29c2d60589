package dev.cloudfit.assess.collect.perf;

/**
 * Where a collection is, for a progress bar or a log line: VMs done of all, and samples received.
 * Reported from worker threads, one call at a time.
 */
public record PerfProgress(int vmsDone, int vmsTotal, long samples) {
}
