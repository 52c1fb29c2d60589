package dev.cloudfit.reports.model;

import java.util.Locale;

/** An input the report was computed from, pinned by its SHA-256 (64 lower-case hex digits). */
public record InputFile(String name, String sha256) {

    public InputFile {
        name = Text.required(name, "name");
        sha256 = Text.required(sha256, "sha256").toLowerCase(Locale.ROOT);
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
        }
    }
}
