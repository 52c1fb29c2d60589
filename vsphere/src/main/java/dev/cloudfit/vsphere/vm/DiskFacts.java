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
 */
public record DiskFacts(int key, String label, DataSize capacity, String fileName, String backingType,
        String diskMode, String sharing, boolean encrypted, Optional<String> changeId, String datastore) {

    public DiskFacts {
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(changeId, "changeId");
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
