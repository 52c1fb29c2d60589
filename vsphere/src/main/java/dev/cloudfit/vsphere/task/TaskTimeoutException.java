package dev.cloudfit.vsphere.task;

import dev.cloudfit.core.error.ExternalSystemException;
import java.time.Duration;

/**
 * A task did not finish within the time allowed. The task itself goes on in vCenter (it is not
 * cancelled: a half-done migration step is better left to finish or be inspected); the last state
 * seen is kept for the message and for callers that resume waiting.
 */
public final class TaskTimeoutException extends ExternalSystemException {

    private final TaskInfo last;

    public TaskTimeoutException(TaskInfo last, Duration timeout) {
        super("vCenter task " + last.task().value() + " (" + last.name()
                + (last.entityName().isEmpty() ? "" : " on " + last.entityName()) + ") did not finish within "
                + timeout.toSeconds() + " s; it was " + last.state().name().toLowerCase(java.util.Locale.ROOT)
                + (last.progress().isPresent() ? " at " + last.progress().getAsInt() + " %" : ""));
        this.last = last;
    }

    /** @return the state last seen */
    public TaskInfo last() {
        return last;
    }
}
