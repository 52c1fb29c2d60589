package dev.cloudfit.vsphere.task;

import java.util.Locale;

/** {@code TaskInfoState}: a closed set in vim25. */
public enum TaskState {
    QUEUED, RUNNING, SUCCESS, ERROR;

    public boolean isDone() {
        return this == SUCCESS || this == ERROR;
    }

    static TaskState ofWire(String wire) {
        return valueOf(wire.strip().toUpperCase(Locale.ROOT));
    }
}
