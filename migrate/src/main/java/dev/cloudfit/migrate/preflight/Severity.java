package dev.cloudfit.migrate.preflight;

/** How a finding affects the migration. */
public enum Severity {
    /** The VM cannot be migrated as planned: `migrate run` leaves it out. */
    BLOCKER,
    /** It can be migrated, but something needs a look. */
    WARNING,
    /** Worth knowing. */
    INFO
}
