package dev.cloudfit.assess.inventory;

import dev.cloudfit.core.units.DataSize;
import java.util.Objects;

/**
 * A virtual disk. {@code independent} disks are skipped by snapshots (and so by snapshot-based
 * export); {@code rdm} disks map a raw LUN and {@code shared} disks are attached to several VMs:
 * neither converts to a managed disk as-is. {@code controller} is the controller's type
 * ({@code VMware paravirtual SCSI}); {@code address} its bus and unit ({@code scsi0:1}), which names the
 * disk's performance series in vCenter. Text fields and the address may be null when unknown.
 */
public record Disk(
        String label,
        DataSize capacity,
        DiskProvisioning provisioning,
        String datastore,
        String controller,
        boolean independent,
        boolean rdm,
        boolean shared,
        DiskAddress address) {

    /** Ends the label of a disk whose size is an estimate (a VM's total split over its disk count). */
    public static final String ESTIMATED = " (estimated)";

    public Disk {
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(provisioning, "provisioning");
    }

    /** A disk whose bus and unit are not known. */
    public Disk(String label, DataSize capacity, DiskProvisioning provisioning, String datastore, String controller,
            boolean independent, boolean rdm, boolean shared) {
        this(label, capacity, provisioning, datastore, controller, independent, rdm, shared, null);
    }

    /** Whether this disk's size is an estimate, not a fact of the source (see {@link #ESTIMATED}). */
    public boolean estimated() {
        return label != null && label.endsWith(ESTIMATED);
    }

    /** The performance counter instance of this disk ({@code scsi0:1}), when its address is known. */
    public java.util.Optional<String> perfInstance() {
        return java.util.Optional.ofNullable(address).map(DiskAddress::instance);
    }
}
