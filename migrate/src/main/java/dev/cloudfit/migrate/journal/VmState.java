package dev.cloudfit.migrate.journal;

/** Where one VM's migration stands, as its journal tells. */
public enum VmState {
    NOT_STARTED("not started"),
    IN_PROGRESS("in progress"),
    FAILED("failed"),
    TESTED("test migration running"),
    MIGRATED("migrated"),
    ROLLED_BACK("rolled back");

    private final String words;

    VmState(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
