package dev.cloudfit.assess.inventory;

import dev.cloudfit.core.units.DataSize;
import java.util.Objects;

/**
 * A virtual disk. {@code independent} disks are skipped by snapshots (and so by snapshot-based
 * export); {@code rdm} disks map a raw LUN and {@code shared} disks are attached to several VMs:
 * neither converts to a managed disk as-is. Text fields may be null when unknown.
 */
public record Disk(
        String label,
        DataSize capacity,
        DiskProvisioning provisioning,
        String datastore,
        String controller,
        boolean independent,
        boolean rdm,
        boolean shared) {

    public Disk {
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(provisioning, "provisioning");
    }
}
