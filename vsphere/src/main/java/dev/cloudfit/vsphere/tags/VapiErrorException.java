package dev.cloudfit.vsphere.tags;

import dev.cloudfit.core.error.ExternalSystemException;
import java.util.Objects;

/**
 * The REST API answered with a vAPI error: an HTTP error status and, in the body, an error type
 * such as {@code com.vmware.vapi.std.errors.already_exists} or {@code ...not_found}. Callers that
 * "ensure" a category or tag branch on {@link #errorType()}. Exit 3 (the external system refused).
 */
public final class VapiErrorException extends ExternalSystemException {

    /** vAPI's error type for creating something whose name is taken. */
    public static final String ALREADY_EXISTS = "com.vmware.vapi.std.errors.already_exists";
    /** vAPI's error type for an id that names nothing. */
    public static final String NOT_FOUND = "com.vmware.vapi.std.errors.not_found";

    private final int status;
    private final String errorType;

    public VapiErrorException(String message, int status, String errorType) {
        super(message);
        this.status = status;
        this.errorType = Objects.requireNonNull(errorType, "errorType");
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the vAPI error type, or {@code ""} when the body named none */
    public String errorType() {
        return errorType;
    }
}
