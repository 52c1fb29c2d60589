package dev.cloudfit.vsphere.tags;

import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.util.Objects;

/**
 * One tag on one vSphere object, resolved to names: what an inventory records ({@code Environment =
 * production} on {@code VirtualMachine:vm-42}).
 *
 * @param object the tagged object
 * @param category the tag's category name
 * @param tag the tag name
 */
public record ObjectTag(ManagedObjectReference object, String category, String tag) {

    public ObjectTag {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(tag, "tag");
    }
}
