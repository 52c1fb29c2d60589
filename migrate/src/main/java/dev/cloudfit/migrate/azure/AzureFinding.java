package dev.cloudfit.migrate.azure;

import java.util.Objects;

/**
 * What the pre-flight against Azure found. {@code id} is stable ({@code azure.quota.family});
 * {@code subject} names the region, size, resource or VM concerned.
 */
public record AzureFinding(String id, Severity severity, String subject, String message, String remedy) {

    /** How a finding affects the migration. */
    public enum Severity {
        /** The migration cannot start as planned. */
        BLOCKER,
        /** It can start, but something needs a look. */
        WARNING,
        /** Worth knowing. */
        INFO
    }

    public AzureFinding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(remedy, "remedy");
    }
}
