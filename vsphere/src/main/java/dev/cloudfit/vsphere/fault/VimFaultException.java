package dev.cloudfit.vsphere.fault;

import dev.cloudfit.core.error.CloudfitException;
import dev.cloudfit.core.error.ExitCode;
import java.util.Objects;

/**
 * vCenter answered a call with a SOAP fault. Subclasses name the faults callers branch on
 * ({@link NotAuthenticatedException}, {@link InvalidLoginException},
 * {@link InvalidArgumentException}, {@link ManagedObjectNotFoundException},
 * {@link NoPermissionException}); any other fault arrives as this class, with its name in
 * {@link #faultName()}. {@link VimFaults#toException} picks the class.
 *
 * <p>The exit code is 3 (an external system refuses), except {@link InvalidLoginException} (2).
 */
public class VimFaultException extends CloudfitException {

    private final String method;
    private final VimFault fault;

    public VimFaultException(String method, VimFault fault) {
        this(method, fault, "vCenter refused " + method + ": " + fault.describe());
    }

    /**
     * @param method the vim25 method that failed
     * @param fault the fault as sent
     * @param message a message that says more than the fault (e.g. which user could not log in where)
     */
    protected VimFaultException(String method, VimFault fault, String message) {
        super(message, null);
        this.method = Objects.requireNonNull(method, "method");
        this.fault = Objects.requireNonNull(fault, "fault");
    }

    /** @return the vim25 method that failed */
    public String method() {
        return method;
    }

    /** @return the fault as sent */
    public VimFault fault() {
        return fault;
    }

    /** @return the fault type, e.g. {@code ManagedObjectNotFound} */
    public String faultName() {
        return fault.name();
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.EXTERNAL;
    }
}
