package dev.cloudfit.migrate.preflight;

import java.util.Objects;

/**
 * One pre-flight result: a stable {@code id} ({@code vmware.disk.rdm}), its severity, the VM or
 * resource concerned, what was found and what to do about it.
 */
public record Finding(String id, Severity severity, String subject, String message, String remedy) {

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(remedy, "remedy");
    }

    public boolean blocks() {
        return severity == Severity.BLOCKER;
    }
}
