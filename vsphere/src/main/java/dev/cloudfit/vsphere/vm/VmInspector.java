package dev.cloudfit.vsphere.vm;

import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.vsphere.datastore.DatastorePath;
import dev.cloudfit.vsphere.property.DataObjectValue;
import dev.cloudfit.vsphere.property.ObjectContent;
import dev.cloudfit.vsphere.property.PropertyCollector;
import dev.cloudfit.vsphere.property.PropertyValue;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@link VmFacts} of one VM in two property reads (the VM, then its datastores): each disk with
 * its slot (controller bus and unit), and the disks {@code config.bootOptions.bootOrder} names.
 */
public final class VmInspector {

    private static final String[] VM_PATHS = {"name", "runtime.powerState", "runtime.host", "config.firmware",
        "config.changeTrackingEnabled", "config.hardware.device", "snapshot.rootSnapshotList", "datastore",
        "config.guestId", "parent", "config.bootOptions"};

    private final PropertyCollector collector;

    public VmInspector(VcenterSession session) {
        this.collector = new PropertyCollector(session);
    }

    public VmFacts inspect(ManagedObjectReference vm) {
        ObjectContent c = collector.read(vm, VM_PATHS);
        List<PropertyValue> devices = c.elements("config.hardware.device");
        Map<Integer, PropertyValue> byKey = new HashMap<>();
        for (PropertyValue device : devices) {
            device.path("key").flatMap(PropertyValue::intValue).ifPresent(k -> byKey.put(k, device));
        }
        List<DiskFacts> disks = new ArrayList<>();
        for (PropertyValue device : devices) {
            if ("VirtualDisk".equals(device.typeName())) {
                disks.add(disk(device, slot(device, byKey)));
            }
        }
        Map<String, DataSize> free = new LinkedHashMap<>();
        for (PropertyValue ds : c.elements("datastore")) {
            ds.reference().ifPresent(ref -> {
                ObjectContent d = collector.read(ref, "summary.name", "summary.freeSpace");
                d.text("summary.name").ifPresent(name ->
                        free.put(name, DataSize.ofBytes(Math.max(0, d.longValue("summary.freeSpace").orElse(0L)))));
            });
        }
        return new VmFacts(vm, c.text("name").orElse(vm.value()),
                c.text("runtime.powerState").map(PowerState::fromWire).orElse(PowerState.POWERED_OFF),
                c.text("config.firmware").orElse("bios"), count(c.elements("snapshot.rootSnapshotList")),
                c.booleanValue("config.changeTrackingEnabled").orElse(false), disks,
                c.reference("runtime.host").map(ManagedObjectReference::value).orElse(""), free,
                datacenter(c.reference("parent")), c.text("config.guestId").orElse(""),
                bootDiskKeys(c.get("config.bootOptions")));
    }

    /** The disks {@code bootOrder} names ({@code VirtualMachineBootOptionsBootableDiskDevice.deviceKey}), in order. */
    private static List<Integer> bootDiskKeys(Optional<PropertyValue> bootOptions) {
        List<Integer> keys = new ArrayList<>();
        if (bootOptions.isPresent() && bootOptions.get() instanceof DataObjectValue options) {
            for (PropertyValue entry : options.all("bootOrder")) {
                if ("VirtualMachineBootOptionsBootableDiskDevice".equals(entry.typeName())) {
                    entry.path("deviceKey").flatMap(PropertyValue::intValue).ifPresent(keys::add);
                }
            }
        }
        return keys;
    }

    /** The disk's controller (by {@code controllerKey}) gives the bus and bus number; the disk its unit. */
    private static Optional<DiskSlot> slot(PropertyValue disk, Map<Integer, PropertyValue> byKey) {
        Optional<PropertyValue> controller = disk.path("controllerKey").flatMap(PropertyValue::intValue)
                .map(byKey::get);
        Optional<Integer> unit = disk.path("unitNumber").flatMap(PropertyValue::intValue);
        if (controller.isEmpty() || unit.isEmpty() || unit.get() < 0) {
            return Optional.empty();
        }
        Optional<DiskBus> bus = DiskBus.ofController(controller.get().typeName());
        Optional<Integer> number = controller.get().path("busNumber").flatMap(PropertyValue::intValue);
        if (bus.isEmpty() || number.isEmpty() || number.get() < 0) {
            return Optional.empty();
        }
        return Optional.of(new DiskSlot(bus.get(), number.get(), unit.get()));
    }

    /** Walks up the folders to the datacenter; its path is the folders above it and its name, joined by '/'. */
    private String datacenter(Optional<ManagedObjectReference> parent) {
        Optional<ManagedObjectReference> at = parent;
        for (int depth = 0; at.isPresent() && depth < 64; depth++) {
            ManagedObjectReference ref = at.get();
            ObjectContent o = collector.read(ref, "name", "parent");
            if ("Datacenter".equals(ref.type())) {
                StringBuilder path = new StringBuilder(o.text("name").orElse(ref.value()));
                for (Optional<ManagedObjectReference> up = o.reference("parent"); up.isPresent();) {
                    ObjectContent folder = collector.read(up.get(), "name", "parent");
                    Optional<ManagedObjectReference> next = folder.reference("parent");
                    if (next.isEmpty()) {
                        break; // the root folder is not part of the path
                    }
                    path.insert(0, folder.text("name").orElse("") + "/");
                    up = next;
                }
                return path.toString();
            }
            at = o.reference("parent");
        }
        return "";
    }

    private static int count(List<PropertyValue> snapshots) {
        int n = 0;
        for (PropertyValue s : snapshots) {
            n += 1 + s.path("childSnapshotList").map(children -> count(children.elements())).orElse(0);
        }
        return n;
    }

    private static DiskFacts disk(PropertyValue device, Optional<DiskSlot> slot) {
        int key = device.path("key").flatMap(PropertyValue::intValue).orElse(-1);
        long bytes = device.path("capacityInBytes").flatMap(PropertyValue::longValue)
                .or(() -> device.path("capacityInKB").flatMap(PropertyValue::longValue).map(kb -> kb * 1024)).orElse(0L);
        Optional<PropertyValue> backing = device.path("backing");
        String file = backing.flatMap(b -> b.path("fileName")).flatMap(PropertyValue::text).orElse("");
        String datastore = "";
        try {
            datastore = file.isEmpty() ? "" : DatastorePath.parse(file).datastore();
        } catch (RuntimeException notADatastorePath) {
            // left empty: pre-flight then cannot check that datastore's free space, and says so
        }
        return new DiskFacts(key, device.path("deviceInfo.label").flatMap(PropertyValue::text).orElse("disk " + key),
                DataSize.ofBytes(Math.max(0, bytes)), file,
                backing.map(PropertyValue::typeName).orElse(""),
                backing.flatMap(b -> b.path("diskMode")).flatMap(PropertyValue::text).orElse("persistent"),
                backing.flatMap(b -> b.path("sharing")).flatMap(PropertyValue::text).orElse("sharingNone"),
                backing.flatMap(b -> b.path("keyId")).isPresent(),
                backing.flatMap(b -> b.path("changeId")).flatMap(PropertyValue::text).filter(s -> !s.isBlank()),
                datastore, slot);
    }
}
