package dev.cloudfit.vsphere.property;

import dev.cloudfit.vsphere.fault.VimFault;
import java.util.Objects;

/**
 * A property the server could not give for one object ({@code ObjectContent.missingSet}): the
 * path and the fault, e.g. {@code NoPermission} when the user may not read it, or
 * {@code InvalidProperty} for a path that type does not have. The rest of the object still arrives.
 *
 * @param path the property path asked for
 * @param fault why it is missing
 */
public record MissingProperty(String path, VimFault fault) {

    public MissingProperty {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(fault, "fault");
    }

    @Override
    public String toString() {
        return path + ": " + fault.describe();
    }
}
