package dev.cloudfit.migrate.run;

import dev.cloudfit.migrate.itinerary.Step;

/** Hears a run's progress: printed on a terminal, as lines in a log, or as JSON lines for pipelines. */
public interface RunListener {

    RunListener NONE = new RunListener() {
    };

    /** A step started, ended or failed ({@code state}: started, done, failed, skipped). */
    default void step(String vm, Step step, String state, String detail) {
    }

    /** Bytes of a disk copied so far. */
    default void bytes(String vm, Step step, long done, long total) {
    }
}
