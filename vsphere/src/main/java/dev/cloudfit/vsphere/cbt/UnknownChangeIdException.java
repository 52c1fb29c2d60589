package dev.cloudfit.vsphere.cbt;

import dev.cloudfit.core.error.ExternalSystemException;

/**
 * vCenter does not know the change id any more: tracking was reset (switched off and on, a storage
 * vMotion on old hosts, a hard power loss). Only a full copy brings the target up to date.
 */
public final class UnknownChangeIdException extends ExternalSystemException {

    private final String changeId;

    public UnknownChangeIdException(String changeId, String message, Throwable cause) {
        super(message, cause);
        this.changeId = changeId;
    }

    /** @return the change id vCenter refused */
    public String changeId() {
        return changeId;
    }
}
