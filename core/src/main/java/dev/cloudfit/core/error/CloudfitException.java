package dev.cloudfit.core.error;

/**
 * A failure with a one-line message meant for the user and a stable exit code. The command
 * boundary prints {@link #getMessage()} alone (stack trace only with {@code -v}).
 */
public abstract class CloudfitException extends RuntimeException {

    protected CloudfitException(String message, Throwable cause) {
        super(message, cause);
    }

    public abstract ExitCode exitCode();
}
