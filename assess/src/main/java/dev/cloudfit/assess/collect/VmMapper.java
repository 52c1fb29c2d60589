package dev.cloudfit.assess.collect;

import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.DiskSlotOrder;
import dev.cloudfit.assess.inventory.Firmware;
import dev.cloudfit.assess.inventory.GuestOs;
import dev.cloudfit.assess.inventory.ImportWarning;
import dev.cloudfit.assess.inventory.Partition;
import dev.cloudfit.assess.inventory.Placement;
import dev.cloudfit.assess.inventory.PowerState;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.inventory.VmIdentity;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.vsphere.property.ObjectContent;
import dev.cloudfit.vsphere.property.PropertyValue;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A {@code VirtualMachine}'s properties ({@link VmProperties#PATHS}) as an inventory {@link Vm},
 * the same model the RVTools importer fills: identity (name, vCenter, MoRef, instance UUID, BIOS
 * UUID), power, template, CPU and memory, firmware, guest OS as configured and as Tools reports it,
 * hardware version, placement, annotation, custom attributes, disks, NICs and guest partitions.
 * Provisioned and in-use storage as RVTools computes them: committed plus uncommitted, and committed.
 */
final class VmMapper {

    private final String vcenter;
    private final Topology topology;
    private final Map<Integer, String> customFieldNames;

    /**
     * @param vcenter the vCenter name VM identities carry (the server name the user connected to)
     * @param topology names and parents
     * @param customFieldNames custom attribute names by field key
     */
    VmMapper(String vcenter, Topology topology, Map<Integer, String> customFieldNames) {
        this.vcenter = vcenter;
        this.topology = topology;
        this.customFieldNames = customFieldNames;
    }

    CollectedVm map(ObjectContent o, Consumer<ImportWarning> warnings) {
        ManagedObjectReference ref = o.object();
        String name = o.text("name").orElse(ref.value());
        for (var missing : o.missing()) {
            warnings.accept(new ImportWarning("vcenter.vm.property-missing", null,
                    "VM '" + name + "' (" + ref.value() + "): vCenter did not give " + missing));
        }
        if (o.get("config.hardware.numCPU").isEmpty()) {
            warnings.accept(new ImportWarning("vcenter.vm.no-config", null, "VM '" + name + "' (" + ref.value()
                    + ") has no configuration (inaccessible or being created); kept with what vCenter gave"));
        }
        VmIdentity id = new VmIdentity(name, vcenter, ref.value(), o.text("config.instanceUuid").orElse(null),
                o.text("config.uuid").orElse(null));
        Vm.Builder vm = Vm.builder(id)
                .powerState(PowerState.parse(o.text("runtime.powerState").orElse(null)))
                .template(o.booleanValue("config.template").orElse(false))
                .vcpus(Math.max(0, o.intValue("config.hardware.numCPU").orElse(0)))
                .coresPerSocket(Math.max(0, o.intValue("config.hardware.numCoresPerSocket").orElse(0)))
                .memory(DataSize.ofMebibytes(Math.max(0, o.longValue("config.hardware.memoryMB").orElse(0L))))
                .firmware(Firmware.parse(o.text("config.firmware").orElse(null)))
                .guestOs(new GuestOs(o.text("config.guestFullName").or(() -> o.text("config.guestId")).orElse(null),
                        o.text("guest.guestFullName").orElse(null)))
                .hardwareVersion(hardwareVersion(o.text("config.version").orElse(null)))
                .placement(placement(o))
                .annotation(o.text("config.annotation").filter(s -> !s.isBlank()).orElse(null));
        customAttributes(o, vm);
        long committed = Math.max(0, o.longValue("summary.storage.committed").orElse(0L));
        long uncommitted = Math.max(0, o.longValue("summary.storage.uncommitted").orElse(0L));
        vm.provisioned(DataSize.ofBytes(committed + uncommitted)).inUse(DataSize.ofBytes(committed));

        DeviceList devices = new DeviceList(o.elements("config.hardware.device"));
        List<Disk> disks = new ArrayList<>();
        for (PropertyValue d : devices.disks()) {
            Optional<Disk> disk = DiskMapper.map(d, devices, topology);
            if (disk.isPresent()) {
                disks.add(disk.get());
            } else {
                warnings.accept(new ImportWarning("vcenter.vm.disk-no-capacity", null,
                        "VM '" + name + "': a disk without a capacity was ignored"));
            }
        }
        List<String> diskInstances = new ArrayList<>();
        for (Disk disk : DiskSlotOrder.sorted(disks)) { // the order the Migration Plan's disk types follow
            vm.disk(disk);
            diskInstances.add(disk.controller());
        }
        Map<Integer, PropertyValue> guestNics = new HashMap<>();
        for (PropertyValue g : o.elements("guest.net")) {
            Values.intValue(g, "deviceConfigId").ifPresent(k -> guestNics.put(k, g));
        }
        List<String> nicInstances = new ArrayList<>();
        for (PropertyValue n : devices.nics()) {
            vm.nic(NicMapper.map(n, guestNics, topology));
            nicInstances.add(Values.intValue(n, "key").map(String::valueOf).orElse(null));
        }
        for (PropertyValue p : o.elements("guest.disk")) {
            long capacity = Math.max(0, Values.longValue(p, "capacity").orElse(0L));
            long free = Math.min(capacity, Math.max(0, Values.longValue(p, "freeSpace").orElse(0L)));
            vm.partition(new Partition(Values.text(p, "diskPath").orElse(null), DataSize.ofBytes(capacity),
                    DataSize.ofBytes(capacity - free)));
        }
        return new CollectedVm(ref, vm.build(), diskInstances, nicInstances);
    }

    private Placement placement(ObjectContent o) {
        Optional<ManagedObjectReference> host = o.reference("runtime.host");
        Optional<ManagedObjectReference> parent = o.reference("parent");
        String datacenter = parent.flatMap(p -> topology.ancestor(p, "Datacenter"))
                .or(() -> host.flatMap(h -> topology.ancestor(h, "Datacenter")))
                .map(Topology.Node::name).orElse(null);
        String cluster = host.flatMap(h -> topology.ancestor(h, "ClusterComputeResource"))
                .map(Topology.Node::name).orElse(null);
        return new Placement(datacenter, cluster, host.flatMap(topology::name).orElse(null),
                parent.map(topology::folderPath).orElse(null));
    }

    private void customAttributes(ObjectContent o, Vm.Builder vm) {
        for (PropertyValue v : o.elements("customValue")) {
            Optional<Integer> key = Values.intValue(v, "key");
            Optional<String> value = v.path("value").flatMap(PropertyValue::text);
            if (key.isPresent() && value.isPresent() && !value.get().isBlank()) {
                vm.customAttribute(customFieldNames.getOrDefault(key.get(), "custom field " + key.get()), value.get());
            }
        }
    }

    /** {@code vmx-19} gives 19; anything else 0 (unknown). */
    static int hardwareVersion(String version) {
        if (version == null || !version.startsWith("vmx-")) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(version.substring(4).strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
