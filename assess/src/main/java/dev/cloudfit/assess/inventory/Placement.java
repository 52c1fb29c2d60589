package dev.cloudfit.assess.inventory;

/** Where a VM runs in the vSphere hierarchy; any part may be null when the source does not say. */
public record Placement(String datacenter, String cluster, String host, String folder) {

    public static final Placement UNKNOWN = new Placement(null, null, null, null);
}
