package dev.cloudfit.vsphere.fault;

/**
 * The logged-in user lacks a privilege on an object; {@link #privilegeId()} names it (e.g.
 * {@code System.View}) so the message tells an administrator what to grant.
 */
public class NoPermissionException extends VimFaultException {

    public NoPermissionException(String method, VimFault fault) {
        super(method, fault);
    }

    /** @return the missing privilege, or null when the server did not say */
    public String privilegeId() {
        return fault().detail("privilegeId");
    }
}
