package dev.cloudfit.assess.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.DiskProvisioning;
import dev.cloudfit.assess.inventory.ImportWarning;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.vsphere.fault.VimFault;
import dev.cloudfit.vsphere.property.ArrayValue;
import dev.cloudfit.vsphere.property.DataObjectValue;
import dev.cloudfit.vsphere.property.MissingProperty;
import dev.cloudfit.vsphere.property.ObjectContent;
import dev.cloudfit.vsphere.property.PropertyValue;
import dev.cloudfit.vsphere.property.ReferenceValue;
import dev.cloudfit.vsphere.property.ScalarValue;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What vcsim cannot show: RDM, multi-writer and bus-shared disks, eager-zeroed thick, SATA and NVMe
 * controllers, a standard port group, guest addresses and partitions, nested folders, and a VM
 * without configuration. Values built as vCenter sends them (field names of the vim25 types).
 */
class VmMapperTest {

    private static final ManagedObjectReference DS = new ManagedObjectReference("Datastore", "datastore-1");

    private static ScalarValue s(Object v) {
        return new ScalarValue(null, String.valueOf(v));
    }

    @SafeVarargs
    private static DataObjectValue obj(String type, Map.Entry<String, PropertyValue>... fields) {
        Map<String, List<PropertyValue>> m = new LinkedHashMap<>();
        for (var f : fields) {
            m.computeIfAbsent(f.getKey(), k -> new ArrayList<>()).add(f.getValue());
        }
        return new DataObjectValue(type, m);
    }

    private static Map.Entry<String, PropertyValue> f(String name, PropertyValue v) {
        return Map.entry(name, v);
    }

    private static Map.Entry<String, PropertyValue> f(String name, Object v) {
        return Map.entry(name, s(v));
    }

    private static DataObjectValue controller(String type, int key, int bus, String sharing) {
        return sharing == null ? obj(type, f("key", key), f("busNumber", bus))
                : obj(type, f("key", key), f("busNumber", bus), f("sharedBus", sharing));
    }

    private static DataObjectValue disk(int key, int controller, int unit, long gib, PropertyValue backing) {
        return obj("VirtualDisk", f("key", key), f("deviceInfo", obj(null, f("label", "Hard disk " + key))),
                f("backing", backing), f("controllerKey", controller), f("unitNumber", unit),
                f("capacityInKB", gib * 1024 * 1024), f("capacityInBytes", gib * 1024 * 1024 * 1024));
    }

    private static DataObjectValue flat(boolean thin, boolean eager, String mode, String sharing) {
        return obj("VirtualDiskFlatVer2BackingInfo", f("fileName", "[san-01] db/db.vmdk"), f("datastore", new ReferenceValue(DS)),
                f("diskMode", mode), f("thinProvisioned", thin), f("eagerlyScrub", eager), f("sharing", sharing));
    }

    private static Topology topology() {
        Topology t = new Topology();
        ManagedObjectReference root = new ManagedObjectReference("Folder", "group-d1");
        ManagedObjectReference dc = new ManagedObjectReference("Datacenter", "datacenter-2");
        ManagedObjectReference vmRoot = new ManagedObjectReference("Folder", "group-v3");
        ManagedObjectReference prod = new ManagedObjectReference("Folder", "group-v10");
        ManagedObjectReference web = new ManagedObjectReference("Folder", "group-v11");
        ManagedObjectReference hostFolder = new ManagedObjectReference("Folder", "group-h4");
        ManagedObjectReference cluster = new ManagedObjectReference("ClusterComputeResource", "domain-c7");
        t.add(new Topology.Node(root, "Datacenters", null));
        t.add(new Topology.Node(dc, "Amsterdam", root));
        t.add(new Topology.Node(vmRoot, "vm", dc));
        t.add(new Topology.Node(prod, "Production", vmRoot));
        t.add(new Topology.Node(web, "Web", prod));
        t.add(new Topology.Node(hostFolder, "host", dc));
        t.add(new Topology.Node(cluster, "Gold", hostFolder));
        t.add(new Topology.Node(new ManagedObjectReference("HostSystem", "host-9"), "esx09.lab", cluster));
        t.add(new Topology.Node(DS, "san-01", dc));
        t.addPortgroupKey("dvportgroup-5", "Prod-VLAN-20");
        return t;
    }

    @Test
    void disksNicsAddressesPartitionsAndPlacement() {
        List<PropertyValue> devices = List.of(
                controller("ParaVirtualSCSIController", 1000, 0, "noSharing"),
                controller("VirtualLsiLogicSASController", 1001, 1, "physicalSharing"),
                controller("VirtualAHCIController", 15000, 0, null),
                controller("VirtualNVMEController", 31000, 2, null),
                disk(2000, 1000, 0, 60, flat(false, true, "persistent", "sharingNone")),
                disk(2001, 1001, 3, 500, obj("VirtualDiskRawDiskMappingVer1BackingInfo", f("fileName", "[san-01] db/rdm.vmdk"),
                        f("datastore", new ReferenceValue(DS)), f("compatibilityMode", "physicalMode"),
                        f("diskMode", "independent_persistent"), f("sharing", "sharingNone"))),
                disk(2002, 15000, 1, 20, flat(false, false, "persistent", "sharingMultiWriter")),
                disk(2003, 31000, 0, 8, obj("VirtualDiskFlatVer2BackingInfo", f("fileName", "[old] x.vmdk"), f("diskMode", "persistent"))),
                obj("VirtualVmxnet3", f("key", 4000), f("deviceInfo", obj(null, f("label", "Network adapter 1"))),
                        f("backing", obj("VirtualEthernetCardDistributedVirtualPortBackingInfo",
                                f("port", obj(null, f("switchUuid", "50 2a"), f("portgroupKey", "dvportgroup-5"))))),
                        f("connectable", obj(null, f("connected", true))), f("macAddress", "00:50:56:01:02:03")),
                obj("VirtualE1000e", f("key", 4001), f("deviceInfo", obj(null, f("label", "Network adapter 2"))),
                        f("backing", obj("VirtualEthernetCardNetworkBackingInfo", f("deviceName", "VM Network"))),
                        f("connectable", obj(null, f("connected", false))), f("macAddress", "00:50:56:01:02:04")));
        Map<String, PropertyValue> props = new LinkedHashMap<>();
        props.put("name", s("db01"));
        props.put("parent", new ReferenceValue(new ManagedObjectReference("Folder", "group-v11")));
        props.put("runtime.host", new ReferenceValue(new ManagedObjectReference("HostSystem", "host-9")));
        props.put("config.hardware.numCPU", s(4));
        props.put("config.version", s("vmx-19"));
        props.put("config.hardware.device", new ArrayValue("ArrayOfVirtualDevice", devices));
        props.put("guest.net", new ArrayValue("ArrayOfGuestNicInfo", List.of(obj("GuestNicInfo", f("deviceConfigId", 4000),
                f("ipAddress", "10.1.2.3"), f("ipAddress", "fe80::250:56ff:fe01:203"), f("ipAddress", "10.1.2.4")))));
        props.put("guest.disk", new ArrayValue("ArrayOfGuestDiskInfo", List.of(obj("GuestDiskInfo", f("diskPath", "C:\\"),
                f("capacity", 64L << 30), f("freeSpace", 24L << 30)))));
        props.put("summary.storage.committed", s(70L << 30));
        props.put("summary.storage.uncommitted", s(10L << 30));
        ObjectContent content = new ObjectContent(new ManagedObjectReference("VirtualMachine", "vm-42"), props, List.of());

        CollectedVm collected = new VmMapper("vc01", topology(), Map.of()).map(content, w -> { });
        Vm vm = collected.vm();

        assertThat(vm.hardwareVersion()).isEqualTo(19);
        assertThat(vm.placement().datacenter()).isEqualTo("Amsterdam");
        assertThat(vm.placement().cluster()).isEqualTo("Gold");
        assertThat(vm.placement().host()).isEqualTo("esx09.lab");
        assertThat(vm.placement().folder()).isEqualTo("Production/Web");
        assertThat(vm.provisioned()).isEqualTo(DataSize.ofGibibytes(80));
        assertThat(vm.inUse()).isEqualTo(DataSize.ofGibibytes(70));
        assertThat(vm.disks()).extracting(Disk::controller).containsExactly("scsi0:0", "scsi1:3", "sata0:1", "nvme2:0");
        assertThat(collected.diskInstances()).containsExactly("scsi0:0", "scsi1:3", "sata0:1", "nvme2:0");
        Disk eager = vm.disks().get(0);
        assertThat(eager.provisioning()).isEqualTo(DiskProvisioning.THICK_EAGER_ZEROED);
        assertThat(eager.datastore()).isEqualTo("san-01");
        assertThat(eager.capacity()).isEqualTo(DataSize.ofGibibytes(60));
        assertThat(eager.shared()).isFalse();
        Disk rdm = vm.disks().get(1);
        assertThat(rdm.rdm()).isTrue();
        assertThat(rdm.independent()).isTrue();
        assertThat(rdm.shared()).as("bus sharing on its controller").isTrue();
        assertThat(rdm.provisioning()).isEqualTo(DiskProvisioning.UNKNOWN);
        assertThat(vm.disks().get(2).shared()).as("multi-writer").isTrue();
        assertThat(vm.disks().get(2).provisioning()).isEqualTo(DiskProvisioning.THICK_LAZY_ZEROED);
        assertThat(vm.disks().get(3).datastore()).as("from the file name without a datastore reference").isEqualTo("old");
        assertThat(vm.disks().get(3).provisioning()).isEqualTo(DiskProvisioning.UNKNOWN);
        assertThat(vm.disks().get(3).shared()).isFalse();

        assertThat(vm.nics()).hasSize(2);
        assertThat(vm.nics().get(0).network()).isEqualTo("Prod-VLAN-20");
        assertThat(vm.nics().get(0).adapterType()).isEqualTo("Vmxnet3");
        assertThat(vm.nics().get(0).ipv4()).containsExactly("10.1.2.3", "10.1.2.4");
        assertThat(vm.nics().get(0).ipv6()).containsExactly("fe80::250:56ff:fe01:203");
        assertThat(vm.nics().get(1).network()).isEqualTo("VM Network");
        assertThat(vm.nics().get(1).adapterType()).isEqualTo("E1000e");
        assertThat(vm.nics().get(1).connected()).isFalse();
        assertThat(vm.nics().get(1).ipv4()).isEmpty();
        assertThat(collected.nicInstances()).containsExactly("4000", "4001");

        assertThat(vm.partitions()).singleElement().satisfies(p -> {
            assertThat(p.mountPoint()).isEqualTo("C:\\");
            assertThat(p.capacity()).isEqualTo(DataSize.ofGibibytes(64));
            assertThat(p.consumed()).isEqualTo(DataSize.ofGibibytes(40));
        });
    }

    @Test
    void aVmWithoutConfigurationIsKeptWithAWarning() {
        ObjectContent content = new ObjectContent(new ManagedObjectReference("VirtualMachine", "vm-7"),
                Map.of("name", s("orphan")), List.of(new MissingProperty("config.hardware.device",
                        new VimFault("NoPermission", "", Map.of("privilegeId", "System.Read")))));
        List<ImportWarning> warnings = new ArrayList<>();
        Vm vm = new VmMapper("vc01", topology(), Map.of()).map(content, warnings::add).vm();
        assertThat(vm.name()).isEqualTo("orphan");
        assertThat(vm.identity().vmId()).isEqualTo("vm-7");
        assertThat(vm.vcpus()).isZero();
        assertThat(vm.disks()).isEmpty();
        assertThat(warnings).extracting(ImportWarning::code)
                .containsExactly("vcenter.vm.property-missing", "vcenter.vm.no-config");
        assertThat(warnings.get(0).message()).contains("NoPermission").contains("config.hardware.device");
    }

    @Test
    void hardwareVersionsOnlyFromVmxNames() {
        assertThat(VmMapper.hardwareVersion("vmx-21")).isEqualTo(21);
        assertThat(VmMapper.hardwareVersion("vmx-")).isZero();
        assertThat(VmMapper.hardwareVersion("21")).isZero();
        assertThat(VmMapper.hardwareVersion(null)).isZero();
    }
}
