package dev.cloudfit.vsphere.standin;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.datastore.DatastoreFiles;
import dev.cloudfit.vsphere.http.VcenterHttp;
import dev.cloudfit.vsphere.property.PropertyCollector;
import dev.cloudfit.vsphere.property.PropertyValue;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SessionCookie;
import dev.cloudfit.vsphere.soap.SoapRequest;
import dev.cloudfit.vsphere.soap.StaxReading;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.task.TaskWaiter;
import dev.cloudfit.vsphere.tls.VcenterTls;
import dev.cloudfit.vsphere.vm.Returned;
import dev.cloudfit.vsphere.vm.VmDisk;
import dev.cloudfit.vsphere.vm.VmDisks;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Dresses a VM of the vCenter simulator as a VM of an assessed estate, for {@code demo --migrate}:
 * its name and instance UUID become the approved row's (so {@code migrate plan} finds it by UUID, as
 * in a real vCenter), and its one disk gets a capacity and real bytes through the datastore's
 * {@code /folder} URL. Simulator use only: a real vCenter's VMs are never changed this way.
 */
public final class SimulatedVm {

    private static final Duration TASK_TIMEOUT = Duration.ofSeconds(60);

    private final VcenterSession session;
    private final VcenterTls tls;
    private final ManagedObjectReference vm;

    public SimulatedVm(VcenterSession session, VcenterTls tls, ManagedObjectReference vm) {
        this.session = session;
        this.tls = tls;
        this.vm = vm;
    }

    /** @return the VM at an inventory path, e.g. {@code DC0/vm/DC0_H0_VM0} */
    public static ManagedObjectReference at(VcenterSession session, String inventoryPath) {
        ManagedObjectReference searchIndex = session.serviceContent().requireManager("searchIndex");
        ManagedObjectReference found = session.call(SoapRequest.method("FindByInventoryPath", searchIndex)
                .text("inventoryPath", inventoryPath).build(), reader -> {
                    ManagedObjectReference ref = null;
                    while (StaxReading.nextChild(reader)) {
                        if (reader.getLocalName().equals("returnval")) {
                            ref = StaxReading.reference(reader);
                        } else {
                            StaxReading.skipElement(reader);
                        }
                    }
                    return ref;
                });
        if (found == null) {
            throw new ExternalSystemException("the simulator has no VM at " + inventoryPath);
        }
        return found;
    }

    /** Renames the VM and gives it another instance UUID ({@code ReconfigVM_Task}). */
    public void becomes(String name, String instanceUuid) {
        reconfigure(SoapRequest.method("ReconfigVM_Task", vm).object("spec", null, spec -> spec
                .text("name", name).text("instanceUuid", instanceUuid)).build());
    }

    /**
     * Sets the first disk's capacity (an edit with {@code deviceInfo}: vcsim 0.24 needs it) and writes
     * {@code content} as its flat extent; the VM must be powered off while its disk is edited.
     */
    public void diskHolds(byte[] content) {
        VmDisk disk = new VmDisks(session).of(vm).get(0);
        long bytes = content.length;
        PropertyValue device = new PropertyCollector(session).readOne(vm, "config.hardware.device").orElseThrow()
                .elements().stream().filter(d -> d.path("key").flatMap(PropertyValue::intValue).orElse(-1) == disk.key())
                .findFirst().orElseThrow();
        int controller = device.path("controllerKey").flatMap(PropertyValue::intValue).orElseThrow();
        int unit = device.path("unitNumber").flatMap(PropertyValue::intValue).orElse(0);
        reconfigure(SoapRequest.method("ReconfigVM_Task", vm).object("spec", null, spec -> spec
                .object("deviceChange", null, change -> change.text("operation", "edit")
                        .object("device", "VirtualDisk", d -> d.number("key", disk.key())
                                .object("deviceInfo", null, i -> i.text("label", "Hard disk 1").text("summary", "demo disk"))
                                .object("backing", "VirtualDiskFlatVer2BackingInfo", b -> b
                                        .text("fileName", disk.file().toString()).text("diskMode", "persistent"))
                                .number("controllerKey", controller).number("unitNumber", unit)
                                .number("capacityInKB", bytes / 1024).number("capacityInBytes", bytes))))
                .build());
        put(new VmDisks(session).of(vm).get(0).baseFlatExtent(), content);
    }

    private void put(dev.cloudfit.vsphere.datastore.DatastorePath file, byte[] content) {
        DatastoreFiles files = new DatastoreFiles(new VcenterHttp(session, tls, TransportSettings.defaults()), "DC0");
        HttpRequest request = HttpRequest.newBuilder(files.url(file))
                .header("Cookie", SessionCookie.NAME + "=" + session.transport().sessionCookie().orElseThrow().value())
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        try {
            HttpResponse<String> answer = HttpClient.newBuilder().sslContext(tls.sslContext()).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new ExternalSystemException("the simulator refused " + file + ": HTTP " + answer.statusCode());
            }
        } catch (IOException e) {
            throw new ExternalSystemException("writing " + file + " to the simulator failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExternalSystemException("interrupted while writing " + file);
        }
    }

    private void reconfigure(SoapRequest request) {
        ManagedObjectReference task = session.callOnce(request, Returned.reference());
        new TaskWaiter(session).await(task, TASK_TIMEOUT);
    }
}
