package dev.cloudfit.assess.collect;

import dev.cloudfit.vsphere.property.PropertyValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A VM's {@code config.hardware.device} list, indexed by device key, so a disk can find its
 * controller (bus type, bus number, bus sharing) and the mappers can tell disks and NICs apart.
 */
final class DeviceList {

    /** Controller types by the prefix vCenter uses in device instance names ({@code scsi0:1}). */
    private static final Map<String, String> BUS_PREFIX = Map.ofEntries(
            Map.entry("ParaVirtualSCSIController", "scsi"),
            Map.entry("VirtualLsiLogicController", "scsi"),
            Map.entry("VirtualLsiLogicSASController", "scsi"),
            Map.entry("VirtualBusLogicController", "scsi"),
            Map.entry("VirtualSCSIController", "scsi"),
            Map.entry("VirtualAHCIController", "sata"),
            Map.entry("VirtualSATAController", "sata"),
            Map.entry("VirtualIDEController", "ide"),
            Map.entry("VirtualNVMEController", "nvme"));

    private static final Set<String> NIC_TYPES = Set.of("VirtualE1000", "VirtualE1000e", "VirtualVmxnet",
            "VirtualVmxnet2", "VirtualVmxnet3", "VirtualVmxnet3Vrdma", "VirtualPCNet32", "VirtualSriovEthernetCard",
            "VirtualEthernetCard");

    private final List<PropertyValue> devices;
    private final Map<Integer, PropertyValue> byKey = new HashMap<>();

    DeviceList(List<PropertyValue> devices) {
        this.devices = devices;
        for (PropertyValue d : devices) {
            Values.intValue(d, "key").ifPresent(k -> byKey.put(k, d));
        }
    }

    List<PropertyValue> disks() {
        return devices.stream().filter(d -> "VirtualDisk".equals(d.typeName())).toList();
    }

    List<PropertyValue> nics() {
        return devices.stream().filter(d -> NIC_TYPES.contains(d.typeName())
                || (d.typeName() != null && d.typeName().startsWith("VirtualVmxnet"))).toList();
    }

    /** @return the controller a device hangs off, if the list has it */
    Optional<PropertyValue> controllerOf(PropertyValue device) {
        return Values.intValue(device, "controllerKey").map(byKey::get);
    }

    /**
     * @return the device's instance name as vCenter's performance counters name it ({@code scsi0:1},
     *         {@code sata0:0}, {@code ide0:0}, {@code nvme0:0}), or empty when the controller is unknown
     */
    Optional<String> instanceName(PropertyValue device) {
        Optional<PropertyValue> controller = controllerOf(device);
        Optional<Integer> unit = Values.intValue(device, "unitNumber");
        if (controller.isEmpty() || unit.isEmpty()) {
            return Optional.empty();
        }
        String prefix = BUS_PREFIX.get(controller.get().typeName());
        Optional<Integer> bus = Values.intValue(controller.get(), "busNumber");
        if (prefix == null || bus.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(prefix + bus.get() + ":" + unit.get());
    }
}
