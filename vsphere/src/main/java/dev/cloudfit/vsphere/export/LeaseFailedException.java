package dev.cloudfit.vsphere.export;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;

/** An export lease ended in error (timed out, aborted by vCenter, or never became ready). Exit 3. */
public final class LeaseFailedException extends ExternalSystemException {

    private final transient ManagedObjectReference lease;
    private final transient LeaseStatus status;

    public LeaseFailedException(ManagedObjectReference lease, LeaseStatus status, String message) {
        this(lease, status, message, null);
    }

    public LeaseFailedException(ManagedObjectReference lease, LeaseStatus status, String message, Throwable cause) {
        super(message, cause);
        this.lease = lease;
        this.status = status;
    }

    /** @return the lease */
    public ManagedObjectReference lease() {
        return lease;
    }

    /** @return its state and error when the failure was seen */
    public LeaseStatus status() {
        return status;
    }
}
