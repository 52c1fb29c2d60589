package dev.cloudfit.vsphere.tags;

import dev.cloudfit.core.error.CloudfitException;
import dev.cloudfit.core.error.ExitCode;

/**
 * The REST session endpoint refused the user name or password (HTTP 401 or 403 on login). Like
 * {@link dev.cloudfit.vsphere.fault.InvalidLoginException} on the SOAP side, this is the user's input
 * to fix: exit 2. The message names the user, never the password.
 */
public final class VapiLoginRefusedException extends CloudfitException {

    public VapiLoginRefusedException(String message) {
        super(message, null);
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.BAD_INPUT;
    }
}
