package dev.cloudfit.assess.workspace;

import java.util.Locale;

/** What kind of source a run read: a closed set, stored as its lower-case {@link #code()}. */
public enum SourceKind {
    VCENTER("vcenter"),
    RVTOOLS("rvtools"),
    AZURE_MIGRATE_CSV("azure-migrate-csv"),
    GENERATED("generated");

    private final String code;

    SourceKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static SourceKind ofCode(String code) {
        for (SourceKind k : values()) {
            if (k.code.equals(code.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown source kind: " + code);
    }
}
