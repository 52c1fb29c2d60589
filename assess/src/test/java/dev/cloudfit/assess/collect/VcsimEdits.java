package dev.cloudfit.assess.collect;

import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.vsphere.property.PropertyCollector;
import dev.cloudfit.vsphere.property.PropertyValue;
import dev.cloudfit.vsphere.session.Credentials;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SoapRequest;
import dev.cloudfit.vsphere.soap.SoapTransport;
import dev.cloudfit.vsphere.soap.StaxReading;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.soap.VcenterEndpoint;
import dev.cloudfit.vsphere.tls.Thumbprint;
import dev.cloudfit.vsphere.tls.VcenterTls;
import dev.cloudfit.vsphere.view.ContainerView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the simulator's identical VMs differ, the way an administrator would: ReconfigVM_Task
 * (CPU, memory, annotation, firmware, a second disk) and custom attributes (AddCustomFieldDef,
 * SetField). vcsim runs tasks synchronously, so the change is there when the call returns; the
 * task's state is checked anyway.
 */
final class VcsimEdits implements AutoCloseable {

    private final VcenterSession session;
    private final Map<String, ManagedObjectReference> vmsByName = new HashMap<>();

    VcsimEdits(Vcsim vcsim) {
        session = VcenterSession.login(SoapTransport.open(new VcenterEndpoint(vcsim.sdkUrl()),
                VcenterTls.pinned(Thumbprint.parse(vcsim.sha256Thumbprint())), TransportSettings.defaults()),
                new Credentials(vcsim.username(), vcsim.password()));
        try (ContainerView view = ContainerView.create(session, session.serviceContent().rootFolder(),
                List.of("VirtualMachine"), true)) {
            new PropertyCollector(session).retrieve(view, List.of(dev.cloudfit.vsphere.property.PropertySpec.of(
                    "VirtualMachine", "name")), dev.cloudfit.vsphere.property.RetrieveOptions.defaults(),
                    o -> vmsByName.put(o.text("name").orElseThrow(), o.object()));
        }
    }

    ManagedObjectReference vm(String name) {
        ManagedObjectReference ref = vmsByName.get(name);
        if (ref == null) {
            throw new IllegalArgumentException("no VM " + name);
        }
        return ref;
    }

    /** CPU, cores per socket, memory, annotation, EFI, and an independent thin 10 GiB disk at scsi0:1. */
    void reshape(String name, int cpus, int coresPerSocket, int memoryMb, String annotation, long diskGib) {
        ManagedObjectReference vm = vm(name);
        int scsiKey = new PropertyCollector(session).readOne(vm, "config.hardware.device").orElseThrow().elements().stream()
                .filter(d -> "ParaVirtualSCSIController".equals(d.typeName()))
                .map(d -> d.path("key").flatMap(PropertyValue::intValue).orElseThrow()).findFirst().orElseThrow();
        SoapRequest request = SoapRequest.method("ReconfigVM_Task", vm).object("spec", null, s -> s
                .text("annotation", annotation)
                .number("numCPUs", cpus)
                .number("numCoresPerSocket", coresPerSocket)
                .number("memoryMB", memoryMb)
                .object("deviceChange", null, c -> c
                        .text("operation", "add")
                        .text("fileOperation", "create")
                        .object("device", "VirtualDisk", d -> d
                                .number("key", -1)
                                .object("backing", "VirtualDiskFlatVer2BackingInfo", b -> b
                                        .text("fileName", "[LocalDS_0] " + name + "/data.vmdk")
                                        .text("diskMode", "independent_persistent")
                                        .bool("thinProvisioned", true))
                                .number("controllerKey", scsiKey)
                                .number("unitNumber", 1)
                                .number("capacityInKB", diskGib * 1024 * 1024)))
                .text("firmware", "efi"))
                .build();
        ManagedObjectReference task = session.callOnce(request, reader -> {
            ManagedObjectReference ref = null;
            while (StaxReading.nextChild(reader)) {
                ref = StaxReading.reference(reader);
            }
            return ref;
        });
        String state = new PropertyCollector(session).readOne(task, "info.state").orElseThrow().text().orElseThrow();
        if (!state.equals("success")) {
            throw new IllegalStateException("ReconfigVM_Task of " + name + " ended " + state + ": "
                    + new PropertyCollector(session).read(task, "info.error").properties());
        }
    }

    /** Powers a VM off (a task) and marks it as a template. */
    void makeTemplate(String name) {
        ManagedObjectReference vm = vm(name);
        ManagedObjectReference task = session.callOnce(SoapRequest.method("PowerOffVM_Task", vm).build(), reader -> {
            ManagedObjectReference ref = null;
            while (StaxReading.nextChild(reader)) {
                ref = StaxReading.reference(reader);
            }
            return ref;
        });
        String state = new PropertyCollector(session).readOne(task, "info.state").orElseThrow().text().orElseThrow();
        if (!state.equals("success")) {
            throw new IllegalStateException("PowerOffVM_Task of " + name + " ended " + state);
        }
        session.callOnce(SoapRequest.method("MarkAsTemplate", vm).build(), dev.cloudfit.vsphere.soap.SoapResponseReader.none());
    }

    /** Defines a VM custom attribute and sets it on one VM. */
    void customAttribute(String vmName, String field, String value) {
        ManagedObjectReference manager = session.serviceContent().customFieldsManager().orElseThrow();
        int key = session.callOnce(SoapRequest.method("AddCustomFieldDef", manager).text("name", field)
                .text("moType", "VirtualMachine").build(), reader -> {
                    int k = -1;
                    while (StaxReading.nextChild(reader)) {
                        while (StaxReading.nextChild(reader)) {
                            if (reader.getLocalName().equals("key")) {
                                k = StaxReading.intValue(reader);
                            } else {
                                StaxReading.skipElement(reader);
                            }
                        }
                    }
                    return k;
                });
        session.callOnce(SoapRequest.method("SetField", manager).reference("entity", vm(vmName)).number("key", key)
                .text("value", value).build(), dev.cloudfit.vsphere.soap.SoapResponseReader.none());
    }

    @Override
    public void close() {
        session.close();
    }
}
