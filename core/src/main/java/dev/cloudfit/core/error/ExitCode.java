package dev.cloudfit.core.error;

/** The process exit codes cloudfit promises; scripts may rely on them. */
public enum ExitCode {
    OK(0),
    /** Bad input or usage: a file, sheet, row, field or option the user can fix. */
    BAD_INPUT(2),
    /** An external system is unreachable or refuses (vCenter, Azure, a price endpoint). */
    EXTERNAL(3),
    /** A defect in cloudfit itself. */
    INTERNAL(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
