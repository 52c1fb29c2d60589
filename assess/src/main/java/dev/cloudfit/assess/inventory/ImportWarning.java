package dev.cloudfit.assess.inventory;

import dev.cloudfit.core.error.InputLocation;
import java.util.Objects;

/**
 * Something an importer skipped or guessed, safely: a stable {@code code} (for counting and
 * filtering), where it was, and what happened.
 */
public record ImportWarning(String code, InputLocation location, String message) {

    public ImportWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return (location == null ? "" : location + ": ") + message + " [" + code + "]";
    }
}
