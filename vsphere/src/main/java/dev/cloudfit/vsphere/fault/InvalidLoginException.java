package dev.cloudfit.vsphere.fault;

import dev.cloudfit.core.error.ExitCode;

/**
 * {@code Login} refused the user name or password. This is the user's input to fix, so it exits
 * with 2 (bad input) like every other wrong option, not 3: vCenter is reachable and working.
 * The message never contains the password (the server's fault string does not either).
 */
public class InvalidLoginException extends VimFaultException {

    public InvalidLoginException(String method, VimFault fault) {
        super(method, fault);
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.BAD_INPUT;
    }
}
