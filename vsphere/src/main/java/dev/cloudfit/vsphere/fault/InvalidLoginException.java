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

    private InvalidLoginException(InvalidLoginException fault, String message) {
        super(fault.method(), fault.fault(), message);
    }

    /**
     * @param server the vCenter, as the user named it
     * @param username the user name that was refused (never the password)
     * @return this refusal with a message saying who could not log in where
     */
    public InvalidLoginException naming(String server, String username) {
        InvalidLoginException named = new InvalidLoginException(this, server + " refused the login of user '" + username
                + "': wrong user name or password (" + fault().describe() + ")");
        named.setStackTrace(getStackTrace());
        return named;
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.BAD_INPUT;
    }
}
