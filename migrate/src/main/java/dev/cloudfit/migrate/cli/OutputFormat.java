package dev.cloudfit.migrate.cli;

/** How a migrate command prints its result: text for people, JSON for pipelines. */
public enum OutputFormat {
    TABLE, JSON
}
