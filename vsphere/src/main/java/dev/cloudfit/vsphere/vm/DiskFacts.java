package dev.cloudfit.vsphere.vm;

import dev.cloudfit.core.units.DataSize;
import java.util.Objects;
import java.util.Optional;

/**
 * What pre-flight needs to know of one virtual disk.
 *
 * @param backingType the backing's vim25 type, e.g. {@code VirtualDiskFlatVer2BackingInfo},
 *                    {@code VirtualDiskRawDiskMappingVer1BackingInfo} for an RDM
 * @param diskMode    {@code persistent}, {@code independent_persistent}, {@code independent_nonpersistent} ...
 * @param sharing     {@code sharingNone} or {@code sharingMultiWriter}
 * @param encrypted   the backing carries a key id (VM encryption)
 * @param datastore   the datastore's name, from the file name's {@code [name]}
 * @param slot        the controller's bus and bus number and the disk's unit; empty when the device list
 *                    does not say (no controller key, a controller of a kind cloudfit does not know, no unit)
 */
public record DiskFacts(int key, String label, DataSize capacity, String fileName, String backingType,
        String diskMode, String sharing, boolean encrypted, Optional<String> changeId, String datastore,
        Optional<DiskSlot> slot) {

    public DiskFacts {
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(changeId, "changeId");
        Objects.requireNonNull(slot, "slot");
    }

    /** A disk whose slot is not known. */
    public DiskFacts(int key, String label, DataSize capacity, String fileName, String backingType,
            String diskMode, String sharing, boolean encrypted, Optional<String> changeId, String datastore) {
        this(key, label, capacity, fileName, backingType, diskMode, sharing, encrypted, changeId, datastore,
                Optional.empty());
    }

    public boolean rdm() {
        return backingType.contains("RawDiskMapping");
    }

    public boolean independent() {
        return diskMode.startsWith("independent");
    }

    public boolean shared() {
        return "sharingMultiWriter".equals(sharing);
    }
}
