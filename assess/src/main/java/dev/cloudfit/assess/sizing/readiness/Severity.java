package dev.cloudfit.assess.sizing.readiness;

/** How a finding affects readiness. */
public enum Severity {
    /** The VM cannot run in the target as it is: Not ready. */
    BLOCKER,
    /** Not enough data to decide: Readiness unknown (unless a blocker exists). */
    UNKNOWN,
    /** It may run, with partial support or a remediation: Ready with conditions. */
    CONDITION,
    /** Worth reading, no effect on readiness (fallbacks, flags on the numbers). */
    INFO;

    /** The severity in words, as the workbook shows it beside a finding. */
    public String label() {
        return switch (this) {
            case BLOCKER -> "Blocker";
            case UNKNOWN -> "Unknown";
            case CONDITION -> "Condition";
            case INFO -> "Note";
        };
    }
}
