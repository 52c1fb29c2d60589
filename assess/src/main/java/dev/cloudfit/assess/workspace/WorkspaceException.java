package dev.cloudfit.assess.workspace;

import dev.cloudfit.core.error.CloudfitException;
import dev.cloudfit.core.error.ExitCode;

/**
 * The workspace store failed in a way the user cannot fix by changing input (a SQL error, a full
 * disk): exit code 4. Problems with the folder or file the user named are {@code BadInputException}s.
 */
public final class WorkspaceException extends CloudfitException {

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.INTERNAL;
    }
}
