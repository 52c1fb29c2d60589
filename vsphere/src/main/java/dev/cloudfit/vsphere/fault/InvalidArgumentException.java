package dev.cloudfit.vsphere.fault;

/** A call's parameter was refused; {@link #invalidProperty()} names it when the server said which. */
public class InvalidArgumentException extends VimFaultException {

    public InvalidArgumentException(String method, VimFault fault) {
        super(method, fault);
    }

    /** @return the parameter path the server refused, or null when it did not say */
    public String invalidProperty() {
        return fault().detail("invalidProperty");
    }
}
