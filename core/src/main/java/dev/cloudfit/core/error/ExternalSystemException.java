package dev.cloudfit.core.error;

/** An external system (vCenter, Azure, a price endpoint) is unreachable or refuses. */
public class ExternalSystemException extends CloudfitException {

    public ExternalSystemException(String message) {
        super(message, null);
    }

    public ExternalSystemException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.EXTERNAL;
    }
}
