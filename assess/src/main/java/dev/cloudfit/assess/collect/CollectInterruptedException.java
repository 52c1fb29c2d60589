package dev.cloudfit.assess.collect;

import dev.cloudfit.core.error.CloudfitException;
import dev.cloudfit.core.error.ExitCode;

/**
 * A collection stopped after its run had started: the cause's message, which run is now marked
 * interrupted, and where. The exit code is the cause's (3 for a vCenter that went away).
 */
public final class CollectInterruptedException extends CloudfitException {

    private final ExitCode exitCode;

    private final String kept;

    CollectInterruptedException(String message, String kept, RuntimeException cause) {
        super(message, cause);
        this.exitCode = cause instanceof CloudfitException known ? known.exitCode() : ExitCode.INTERNAL;
        this.kept = kept;
    }

    /** What the stopped run left: "run 3 is marked interrupted in ws (what it stored stays; ...)". */
    public String kept() {
        return kept;
    }

    @Override
    public ExitCode exitCode() {
        return exitCode;
    }
}
