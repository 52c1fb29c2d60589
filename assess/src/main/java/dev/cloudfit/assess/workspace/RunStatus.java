package dev.cloudfit.assess.workspace;

import java.util.Locale;

/**
 * Where a run is. A run still {@code RUNNING} when a workspace is next opened was cut short (its
 * process died; the workspace lock means nobody else could be writing it) and becomes {@code INTERRUPTED}.
 */
public enum RunStatus {
    RUNNING, COMPLETE, INTERRUPTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RunStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
