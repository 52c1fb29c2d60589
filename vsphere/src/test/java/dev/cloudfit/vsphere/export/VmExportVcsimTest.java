package dev.cloudfit.vsphere.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.fault.VimFaultException;
import dev.cloudfit.vsphere.http.VcenterHttp;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.testing.VcsimDisks;
import dev.cloudfit.vsphere.testing.VcsimObjects;
import dev.cloudfit.vsphere.vm.VmDisk;
import dev.cloudfit.vsphere.vm.VmDisks;
import dev.cloudfit.vsphere.vm.VmOperations;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ExportVm against the project's vcsim: whole disks come back identical; keep-alive, timeout and abort. */
@WithVcsim(clustersPerDatacenter = 0, vmsPerHostOrCluster = 5)
class VmExportVcsimTest {

    private static final long CAPACITY = 8L << 20;

    @TempDir
    Path scratch;

    /** Powers the VM off, gives its disk 8 MiB and writes data with holes into its flat extent. */
    private static byte[] prepare(Vcsim vcsim, VcenterSession session, ManagedObjectReference vm, long seed) {
        new VmOperations(session).powerOff(vm);
        VmDisk disk = new VmDisks(session).of(vm).get(0);
        VcsimDisks.resize(session, vm, disk.key(), CAPACITY);
        byte[] content = new byte[(int) CAPACITY];
        Random random = new Random(seed);
        VcsimDisks.fill(random, content, 0, 1 << 20);                    // the first MiB
        VcsimDisks.fill(random, content, 5 << 20, 64 << 10);             // one grain at 5 MiB
        VcsimDisks.fill(random, content, (int) CAPACITY - 700, 700);     // the very end, part of a grain
        VcsimDisks.put(vcsim, session, "DC0", disk.baseFlatExtent(), content);
        return content;
    }


    private static VmExport exporter(VcenterSession session, Vcsim vcsim, ExportSettings settings) {
        return new VmExport(new VcenterHttp(session, VcsimObjects.tls(vcsim), TransportSettings.defaults()), settings);
    }

    @Test
    void aDiskComesBackIdenticalThroughTheLease(Vcsim vcsim) throws IOException {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM0");
            byte[] content = prepare(vcsim, session, vm, 1);
            Path vmdk = scratch.resolve("disk-0.vmdk");

            ExportResult result = exporter(session, vcsim, ExportSettings.defaults()).export(vm, (index, device, stream) -> {
                assertThat(index).isZero();
                assertThat(device.disk()).isTrue();
                assertThat(device.key()).startsWith("/" + vm.value() + "/");
                Files.copy(stream, vmdk);
            });

            assertThat(VcsimDisks.qemuInfo(vmdk)).contains("file format: vmdk").contains("create type: streamOptimized");
            byte[] bytes = Files.readAllBytes(vmdk);
            assertThat(java.nio.ByteBuffer.wrap(bytes, 56, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong())
                    .as("header gdOffset: GD_AT_END, as ESXi writes it").isEqualTo(-1L);
            assertThat(java.util.Arrays.copyOfRange(bytes, bytes.length - 512, bytes.length))
                    .as("end-of-stream marker").containsOnly(0);
            assertThat(new String(bytes, bytes.length - 1024, 4, java.nio.charset.StandardCharsets.US_ASCII))
                    .as("footer header").isEqualTo("KDMV");
            assertThat(VcsimDisks.qemuRaw(vmdk, scratch)).isEqualTo(content);
            assertThat(result.streamedBytes()).containsExactly(Files.size(vmdk));
            assertThat(Files.size(vmdk)).isLessThan(CAPACITY / 2); // holes are not sent
            ExportLease lease = new ExportLease(session, result.lease());
            assertThat(lease.status().state()).isEqualTo(LeaseState.DONE);
            assertThat(get(vcsim, session, lease.info().disks().get(0), true).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aPoweredOnVmIsRefusedAsVcenterDoes(Vcsim vcsim) {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM1");
            assertThatThrownBy(() -> exporter(session, vcsim, ExportSettings.defaults()).export(vm, (i, d, s) -> { }))
                    .isInstanceOfSatisfying(VimFaultException.class, e -> {
                        assertThat(e.faultName()).isEqualTo("InvalidPowerState");
                        assertThat(e.fault().detail("existingState")).isEqualTo("poweredOn");
                    });
        }
    }

    @Test
    void theDiskUrlNeedsTheSessionCookie(Vcsim vcsim) throws IOException {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM2");
            prepare(vcsim, session, vm, 2);
            ExportLease lease = exporter(session, vcsim, ExportSettings.defaults()).open(vm);
            DeviceUrl disk = lease.awaitReady(Duration.ofSeconds(10)).disks().get(0);
            assertThat(disk.url()).startsWith("https://*:");

            assertThat(get(vcsim, session, disk, false).statusCode()).isEqualTo(403);
            HttpResponse<InputStream> withCookie = get(vcsim, session, disk, true);
            withCookie.body().close();
            assertThat(withCookie.statusCode()).isEqualTo(200);
            lease.abort("test over");
            assertThat(lease.status().state()).isEqualTo(LeaseState.ERROR);
        }
    }

    @Test
    void aFailedUploadAbortsTheLease(Vcsim vcsim) {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM3");
            prepare(vcsim, session, vm, 3);
            URI[] seen = new URI[1];

            assertThatThrownBy(() -> exporter(session, vcsim, ExportSettings.defaults()).export(vm, (index, device, stream) -> {
                seen[0] = URI.create(device.url().replace("*", "127.0.0.1"));
                stream.readNBytes(4096);
                throw new IOException("the page blob refused the upload: HTTP 403");
            })).isInstanceOf(ExternalSystemException.class)
                    .hasMessageContaining("the page blob refused the upload: HTTP 403")
                    .hasMessageContaining("aborted");

            LeaseStatus status = new ExportLease(session, leaseOf(seen[0])).status();
            assertThat(status.state()).isEqualTo(LeaseState.ERROR);
            assertThat(status.error().orElseThrow().name()).isEqualTo("SystemError");
            assertThat(status.error().orElseThrow().message()).contains("the page blob refused the upload");
        }
    }

    @Test
    void aLeaseThatIsNotKeptAliveTimesOutAndIsReported(Vcsim vcsim) {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM4");
            prepare(vcsim, session, vm, 4);
            VcsimObjects.setIntOption(vcsim, session, "vcsim.nfc.leaseTimeoutSeconds", 1);
            try {
                // keep-alive far beyond the lease's 1 s: the sink waits until vCenter has given the lease up
                ExportSettings neglectful = ExportSettings.defaults().withKeepAlive(Duration.ofHours(1));
                assertThatThrownBy(() -> exporter(session, vcsim, neglectful).export(vm, (index, device, stream) -> {
                    ExportLease lease = new ExportLease(session, leaseOf(URI.create(device.url().replace("*", "127.0.0.1"))));
                    awaitLeaving(lease, LeaseState.READY);
                    stream.readAllBytes();
                })).isInstanceOfSatisfying(LeaseFailedException.class, e -> {
                    assertThat(e.status().timedOut()).isTrue();
                    assertThat(e.getMessage()).contains("timed out").contains("not kept alive").contains("Timedout");
                });
            } finally {
                VcsimObjects.setIntOption(vcsim, session, "vcsim.nfc.leaseTimeoutSeconds", 300);
            }
        }
    }

    @Test
    void progressCallsKeepASlowExportAlive(Vcsim vcsim) throws IOException {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM0");
            byte[] content = prepare(vcsim, session, vm, 5);
            VcsimObjects.setIntOption(vcsim, session, "vcsim.nfc.leaseTimeoutSeconds", 3);
            Path vmdk = scratch.resolve("slow.vmdk");
            try {
                // the sink takes longer than the lease's 3 s; progress every 200 ms keeps the lease alive
                // (wide margins: this machine's load can delay a call by a second)
                ExportSettings often = ExportSettings.defaults().withKeepAlive(Duration.ofMillis(200));
                ExportResult result = exporter(session, vcsim, often).export(vm, (index, device, stream) -> {
                    Instant until = Instant.now().plusSeconds(4);
                    while (Instant.now().isBefore(until)) {
                        pause();
                    }
                    Files.copy(stream, vmdk);
                });
                assertThat(result.keepAliveCalls()).isGreaterThanOrEqualTo(3);
                assertThat(VcsimDisks.qemuRaw(vmdk, scratch)).isEqualTo(content);
            } finally {
                VcsimObjects.setIntOption(vcsim, session, "vcsim.nfc.leaseTimeoutSeconds", 300);
            }
        }
    }

    private static ManagedObjectReference leaseOf(URI deviceUrl) {
        String[] parts = deviceUrl.getPath().split("/"); // /nfc-export/<lease>/disk-N.vmdk in the simulator
        return new ManagedObjectReference("HttpNfcLease", parts[2]);
    }

    private static void awaitLeaving(ExportLease lease, LeaseState state) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (lease.status().state() == state) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the lease stayed " + state);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static HttpResponse<InputStream> get(Vcsim vcsim, VcenterSession session, DeviceUrl disk, boolean cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(disk.url().replace("*", "127.0.0.1")));
        if (cookie) {
            request.header("Cookie", "vmware_soap_session=" + session.transport().sessionCookie().orElseThrow().value());
        }
        try {
            return HttpClient.newBuilder().sslContext(vcsim.sslContext()).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
