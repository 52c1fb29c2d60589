package dev.cloudfit.vsphere.vm;

import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.vsphere.datastore.DatastorePath;
import java.util.Objects;
import java.util.Optional;

/**
 * One virtual disk of a VM (or of a snapshot's configuration), as far as copying it needs.
 *
 * @param key the device key ({@code deviceKey} of QueryChangedDiskAreas)
 * @param capacity the virtual size
 * @param file the descriptor of the disk's running point, e.g. {@code [ds] vm/vm-000001.vmdk}
 * @param baseFile the descriptor at the bottom of the snapshot chain, e.g. {@code [ds] vm/vm.vmdk}
 * @param changeId the backing's change id, when changed-block tracking has given it one
 */
public record VmDisk(int key, DataSize capacity, DatastorePath file, DatastorePath baseFile, Optional<String> changeId) {

    public VmDisk {
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(baseFile, "baseFile");
        Objects.requireNonNull(changeId, "changeId");
    }

    /**
     * @return the base disk's flat extent, {@code <name>-flat.vmdk}, as ESXi names it next to its
     *         descriptor (vSAN and VVol disks have none)
     */
    public DatastorePath baseFlatExtent() {
        return baseFile.flatExtent();
    }
}
