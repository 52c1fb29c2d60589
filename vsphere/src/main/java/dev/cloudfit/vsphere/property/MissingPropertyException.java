package dev.cloudfit.vsphere.property;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;

/**
 * vCenter would not give a property that a caller needs (the user lacks the privilege, or the
 * server does not have that property). Exit 3: the vCenter side must change.
 */
public final class MissingPropertyException extends ExternalSystemException {

    private final transient MissingProperty missing;

    public MissingPropertyException(ManagedObjectReference object, MissingProperty missing) {
        super("vCenter did not give " + object + " " + missing);
        this.missing = missing;
    }

    /** @return the path and fault as the server reported them */
    public MissingProperty missing() {
        return missing;
    }
}
