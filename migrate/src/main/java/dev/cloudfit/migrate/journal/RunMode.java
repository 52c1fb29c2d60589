package dev.cloudfit.migrate.journal;

import java.util.Locale;

/** A test migration (isolated network, source keeps running) or the real one (cutover). */
public enum RunMode {
    TEST, PRODUCTION;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RunMode of(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
