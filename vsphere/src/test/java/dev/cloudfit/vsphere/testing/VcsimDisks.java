package dev.cloudfit.vsphere.testing;

import dev.cloudfit.testkit.process.MissingTestToolException;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.vsphere.datastore.DatastorePath;
import dev.cloudfit.vsphere.property.PropertyCollector;
import dev.cloudfit.vsphere.property.PropertyValue;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SessionCookie;
import dev.cloudfit.vsphere.soap.SoapRequest;
import dev.cloudfit.vsphere.task.TaskWaiter;
import dev.cloudfit.vsphere.vm.Returned;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test helpers for disk contents on the simulator: resize a disk, write its flat extent, check VMDKs with qemu-img. */
public final class VcsimDisks {

    /** Writes {@code length} random bytes from {@code random} into {@code disk} at {@code at}: known content for a test disk. */
    public static void fill(java.util.Random random, byte[] disk, long at, int length) {
        byte[] part = new byte[length];
        random.nextBytes(part);
        System.arraycopy(part, 0, disk, (int) at, length);
    }

    private VcsimDisks() {
    }

    /**
     * Sets a disk's capacity with {@code ReconfigVM_Task} (an edit with {@code deviceInfo} set: vcsim 0.24
     * needs it, see docs/migrate-export.md).
     */
    public static void resize(VcenterSession session, ManagedObjectReference vm, int key, long bytes) {
        PropertyValue device = new PropertyCollector(session).readOne(vm, "config.hardware.device").orElseThrow()
                .elements().stream().filter(d -> d.path("key").flatMap(PropertyValue::intValue).orElse(-1) == key)
                .findFirst().orElseThrow();
        String file = device.path("backing.fileName").flatMap(PropertyValue::text).orElseThrow();
        int controller = device.path("controllerKey").flatMap(PropertyValue::intValue).orElseThrow();
        int unit = device.path("unitNumber").flatMap(PropertyValue::intValue).orElse(0);
        SoapRequest reconfig = SoapRequest.method("ReconfigVM_Task", vm).object("spec", null, spec -> spec
                .object("deviceChange", null, change -> change.text("operation", "edit")
                        .object("device", "VirtualDisk", d -> d.number("key", key)
                                .object("deviceInfo", null, i -> i.text("label", "Hard disk").text("summary", "resized"))
                                .object("backing", "VirtualDiskFlatVer2BackingInfo", b -> b.text("fileName", file)
                                        .text("diskMode", "persistent"))
                                .number("controllerKey", controller).number("unitNumber", unit)
                                .number("capacityInKB", bytes / 1024).number("capacityInBytes", bytes))))
                .build();
        ManagedObjectReference task = session.callOnce(reconfig, Returned.reference());
        new TaskWaiter(session).await(task, Duration.ofSeconds(30));
    }

    /**
     * Adds a new thin disk of {@code bytes} on the first controller of that vim25 type (e.g.
     * {@code VirtualIDEController}, {@code ParaVirtualSCSIController}) at that unit, its file next to the
     * VM's first disk; {@code ReconfigVM_Task} with a create file operation.
     *
     * @return the new disk's device key
     */
    public static int addDisk(VcenterSession session, ManagedObjectReference vm, String controllerType, int unit,
            String label, long bytes) {
        List<PropertyValue> devices = new PropertyCollector(session).readOne(vm, "config.hardware.device").orElseThrow()
                .elements();
        int controller = devices.stream().filter(d -> controllerType.equals(d.typeName())).findFirst().orElseThrow()
                .path("key").flatMap(PropertyValue::intValue).orElseThrow();
        String first = devices.stream().filter(d -> "VirtualDisk".equals(d.typeName())).findFirst().orElseThrow()
                .path("backing.fileName").flatMap(PropertyValue::text).orElseThrow();
        String file = first.replaceAll("\\.vmdk$", "") + "-" + controllerType.toLowerCase() + unit + ".vmdk";
        SoapRequest reconfig = SoapRequest.method("ReconfigVM_Task", vm).object("spec", null, spec -> spec
                .object("deviceChange", null, change -> change.text("operation", "add").text("fileOperation", "create")
                        .object("device", "VirtualDisk", d -> d.number("key", -1)
                                .object("deviceInfo", null, i -> i.text("label", label).text("summary", "added"))
                                .object("backing", "VirtualDiskFlatVer2BackingInfo", b -> b.text("fileName", file)
                                        .text("diskMode", "persistent").bool("thinProvisioned", true))
                                .number("controllerKey", controller).number("unitNumber", unit)
                                .number("capacityInKB", bytes / 1024).number("capacityInBytes", bytes))))
                .build();
        new TaskWaiter(session).await(session.callOnce(reconfig, Returned.reference()), Duration.ofSeconds(30));
        return new PropertyCollector(session).readOne(vm, "config.hardware.device").orElseThrow().elements().stream()
                .filter(d -> "VirtualDisk".equals(d.typeName()))
                .filter(d -> d.path("backing.fileName").flatMap(PropertyValue::text).orElse("").equals(file))
                .findFirst().orElseThrow().path("key").flatMap(PropertyValue::intValue).orElseThrow();
    }

    /** Sets {@code config.bootOptions.bootOrder} to these disks, in this order. */
    public static void bootFrom(VcenterSession session, ManagedObjectReference vm, int... diskKeys) {
        SoapRequest reconfig = SoapRequest.method("ReconfigVM_Task", vm).object("spec", null, spec -> spec
                .object("bootOptions", null, options -> {
                    for (int key : diskKeys) {
                        options.object("bootOrder", "VirtualMachineBootOptionsBootableDiskDevice",
                                e -> e.number("deviceKey", key));
                    }
                })).build();
        new TaskWaiter(session).await(session.callOnce(reconfig, Returned.reference()), Duration.ofSeconds(30));
    }

    /** Writes a whole datastore file through vcsim's {@code /folder} PUT. */
    public static void put(Vcsim vcsim, VcenterSession session, String datacenter, DatastorePath file, byte[] content) {
        StringBuilder path = new StringBuilder("/folder");
        for (String segment : file.path().split("/")) {
            path.append('/').append(quote(segment));
        }
        URI url = vcsim.baseUrl().resolve(path + "?dcPath=" + quote(datacenter)
                + "&dsName=" + quote(file.datastore()));
        HttpRequest request = HttpRequest.newBuilder(url)
                .header("Cookie", SessionCookie.NAME + "=" + session.transport().sessionCookie().orElseThrow().value())
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        try {
            HttpResponse<String> response = HttpClient.newBuilder().sslContext(vcsim.sslContext()).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("PUT " + file + ": HTTP " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** @return the raw contents of a VMDK, as {@code qemu-img convert -f vmdk -O raw} reads it */
    public static byte[] qemuRaw(Path vmdk, Path scratch) {
        Path raw = scratch.resolve(vmdk.getFileName() + ".raw");
        run(List.of("qemu-img", "convert", "-f", "vmdk", "-O", "raw", vmdk.toString(), raw.toString()));
        try {
            return Files.readAllBytes(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return {@code qemu-img info} of the file */
    public static String qemuInfo(Path file) {
        return run(List.of("qemu-img", "info", file.toString()));
    }

    private static String run(List<String> command) {
        List<String> full = new ArrayList<>(command);
        try {
            Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
            byte[] output = p.getInputStream().readAllBytes();
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed: " + new String(output, StandardCharsets.UTF_8));
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MissingTestToolException("qemu-img (package qemu-utils) is needed to check VMDK files: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
