package dev.cloudfit.core.error;

/** Input the user can fix: names where it is (file, sheet, row, column) and what is wrong. */
public class BadInputException extends CloudfitException {

    private final InputLocation location;

    public BadInputException(InputLocation location, String problem) {
        this(location, problem, null);
    }

    public BadInputException(InputLocation location, String problem, Throwable cause) {
        super(location == null ? problem : location + ": " + problem, cause);
        this.location = location;
    }

    public BadInputException(String message) {
        this(null, message, null);
    }

    public InputLocation location() {
        return location;
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.BAD_INPUT;
    }
}
