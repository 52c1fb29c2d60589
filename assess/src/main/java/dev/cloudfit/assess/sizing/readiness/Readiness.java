package dev.cloudfit.assess.sizing.readiness;

import java.util.Collection;

/** Azure Migrate's four readiness classes. */
public enum Readiness {
    READY,
    READY_WITH_CONDITIONS,
    NOT_READY,
    UNKNOWN;

    /** A blocker wins, then an unknown, then a condition; info findings do not count. */
    public static Readiness of(Collection<Finding> findings) {
        boolean unknown = false;
        boolean condition = false;
        for (Finding f : findings) {
            switch (f.severity()) {
                case BLOCKER -> {
                    return NOT_READY;
                }
                case UNKNOWN -> unknown = true;
                case CONDITION -> condition = true;
                case INFO -> { }
            }
        }
        return unknown ? UNKNOWN : condition ? READY_WITH_CONDITIONS : READY;
    }
}
