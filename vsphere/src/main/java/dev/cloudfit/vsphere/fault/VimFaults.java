package dev.cloudfit.vsphere.fault;

/** Chooses the exception class for a fault by its vim25 type name. */
public final class VimFaults {

    private VimFaults() {
    }

    /**
     * @param method the vim25 method that failed
     * @param fault the fault the server sent
     * @return the most specific exception for it; unknown faults give a plain {@link VimFaultException}
     */
    public static VimFaultException toException(String method, VimFault fault) {
        return switch (fault.name()) {
            case "NotAuthenticated" -> new NotAuthenticatedException(method, fault);
            case "InvalidLogin" -> new InvalidLoginException(method, fault);
            case "InvalidArgument" -> new InvalidArgumentException(method, fault);
            case "ManagedObjectNotFound" -> new ManagedObjectNotFoundException(method, fault);
            case "NoPermission" -> new NoPermissionException(method, fault);
            default -> new VimFaultException(method, fault);
        };
    }
}
