package dev.cloudfit.vsphere.fault;

/**
 * The object a call named does not exist (any more): deleted meanwhile, or a reference from another
 * vCenter. {@link #object()} is the reference the server names, as {@code Type:value}.
 */
public class ManagedObjectNotFoundException extends VimFaultException {

    public ManagedObjectNotFoundException(String method, VimFault fault) {
        super(method, fault);
    }

    /** @return the missing object as {@code Type:value}, or null when the server did not say */
    public String object() {
        return fault().detail("obj");
    }
}
