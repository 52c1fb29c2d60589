package dev.cloudfit.vsphere.fault;

/**
 * The session is not, or no longer, authenticated: never logged in, logged out, terminated by an
 * administrator, or expired. {@link dev.cloudfit.vsphere.session.VcenterSession} logs in again once
 * when a call fails with it.
 */
public class NotAuthenticatedException extends VimFaultException {

    public NotAuthenticatedException(String method, VimFault fault) {
        super(method, fault);
    }
}
