package dev.cloudfit.vsphere.property;

import dev.cloudfit.core.error.ExternalSystemException;

/**
 * A paged retrieval cannot go on: the session was lost and logged in again between pages, and the
 * view and continue token died with the old session. Objects already delivered stay delivered;
 * a caller that keys what it collected by reference can start the retrieval over (with a new view)
 * without counting anything twice.
 */
public final class RetrievalLostException extends ExternalSystemException {

    public RetrievalLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
