package dev.cloudfit.vsphere.vm;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.vsphere.datastore.DatastorePath;
import dev.cloudfit.vsphere.property.PropertyCollector;
import dev.cloudfit.vsphere.property.PropertyValue;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the virtual disks of a VM ({@code config.hardware.device}) or of a snapshot
 * ({@code VirtualMachineSnapshot.config.hardware.device}: the disks as they were when it was taken,
 * with the change ids of that moment).
 */
public final class VmDisks {

    private final PropertyCollector collector;

    public VmDisks(VcenterSession session) {
        this.collector = new PropertyCollector(session);
    }

    /** @return the VM's disks, in device order */
    public List<VmDisk> of(ManagedObjectReference vmOrSnapshot) {
        List<VmDisk> disks = new ArrayList<>();
        Optional<PropertyValue> devices = collector.readOne(vmOrSnapshot, "config.hardware.device");
        for (PropertyValue device : devices.map(PropertyValue::elements).orElse(List.of())) {
            if ("VirtualDisk".equals(device.typeName())) {
                disks.add(disk(vmOrSnapshot, device));
            }
        }
        return disks;
    }

    /** @return the disk with that device key */
    public VmDisk of(ManagedObjectReference vmOrSnapshot, int key) {
        return of(vmOrSnapshot).stream().filter(d -> d.key() == key).findFirst()
                .orElseThrow(() -> new ExternalSystemException(vmOrSnapshot + " has no disk with device key " + key));
    }

    private static VmDisk disk(ManagedObjectReference owner, PropertyValue device) {
        int key = device.path("key").flatMap(PropertyValue::intValue)
                .orElseThrow(() -> new ExternalSystemException("a disk of " + owner + " has no device key"));
        long bytes = device.path("capacityInBytes").flatMap(PropertyValue::longValue)
                .or(() -> device.path("capacityInKB").flatMap(PropertyValue::longValue).map(kb -> kb * 1024))
                .orElseThrow(() -> new ExternalSystemException("disk " + key + " of " + owner + " has no capacity"));
        PropertyValue backing = device.path("backing")
                .orElseThrow(() -> new ExternalSystemException("disk " + key + " of " + owner + " has no backing"));
        String file = backing.path("fileName").flatMap(PropertyValue::text)
                .orElseThrow(() -> new ExternalSystemException("disk " + key + " of " + owner + " has no file name"));
        PropertyValue base = backing;
        for (Optional<PropertyValue> parent = base.path("parent"); parent.isPresent(); parent = base.path("parent")) {
            base = parent.get();
        }
        String baseFile = base.path("fileName").flatMap(PropertyValue::text).orElse(file);
        Optional<String> changeId = backing.path("changeId").flatMap(PropertyValue::text).filter(s -> !s.isBlank());
        return new VmDisk(key, DataSize.ofBytes(bytes), DatastorePath.parse(file), DatastorePath.parse(baseFile), changeId);
    }
}
