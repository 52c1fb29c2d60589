package dev.cloudfit.assess.collect;

/**
 * The seam where performance history plugs into {@code cloudfit collect}: called once per run,
 * after the inventory snapshot is stored and before the run is marked complete. An exception
 * marks the run interrupted (what was stored stays).
 */
@FunctionalInterface
public interface PerformanceCollection {

    /** Collects nothing: runs have an inventory only. */
    PerformanceCollection NONE = request -> PerfOutcome.NOT_COLLECTED;

    /**
     * @param request session, VMs, workspace and run, settings, progress
     * @return what was stored
     */
    PerfOutcome collect(PerfRequest request);

    /**
     * Asks a running {@link #collect} to end at its next safe point (SIGINT/SIGTERM): the history
     * read stops with what arrived stored, a continuous collection after its poll's flush. Called from
     * a shutdown hook, so it returns at once; the default does nothing.
     */
    default void stop() {
    }
}
