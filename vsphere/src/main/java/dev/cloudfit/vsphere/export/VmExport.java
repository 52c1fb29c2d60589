package dev.cloudfit.vsphere.export;

import dev.cloudfit.core.error.CloudfitException;
import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.http.HttpAnswer;
import dev.cloudfit.vsphere.http.VcenterHttp;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SoapRequest;
import dev.cloudfit.vsphere.tls.Thumbprint;
import dev.cloudfit.vsphere.tls.VcenterTls;
import dev.cloudfit.vsphere.vm.Returned;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exports a powered-off VM's disks ({@code ExportVm}) and hands each to a sink as a streamOptimized VMDK.
 *
 * <ol>
 *   <li>{@code ExportVm} gives an {@code HttpNfcLease}; wait until it is {@code ready};</li>
 *   <li>for each disk device URL: replace a {@code *} host by the vCenter host, GET it with the session
 *       cookie (TLS as the session's; a URL naming another host is pinned to the lease's thumbprint);</li>
 *   <li>meanwhile {@code HttpNfcLeaseProgress} every {@link ExportSettings#keepAliveFor} (a quarter of the
 *       lease's timeout, at most 30 s);</li>
 *   <li>{@code HttpNfcLeaseComplete} when every disk was read to its end and the lease is still ready;</li>
 *   <li>on any failure (download, sink, keep-alive), {@code HttpNfcLeaseAbort} with the reason, and an
 *       exception saying what failed; a lease that timed out is reported as such ({@link LeaseFailedException}).</li>
 * </ol>
 *
 * A powered-on VM is refused by vCenter ({@code InvalidPowerState}, a {@code VimFaultException}).
 */
public final class VmExport {

    private static final Pattern ANY_HOST = Pattern.compile("^(https?://)\\*(?=[:/])");

    private final VcenterSession session;
    private final VcenterHttp http;
    private final ExportSettings settings;

    public VmExport(VcenterHttp http, ExportSettings settings) {
        this.http = Objects.requireNonNull(http, "http");
        this.session = http.session();
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Starts an export and returns its lease without reading anything (for callers that drive the lease
     * themselves).
     */
    public ExportLease open(ManagedObjectReference vm) {
        return new ExportLease(session, session.callOnce(SoapRequest.method("ExportVm", vm).build(), Returned.reference()));
    }

    /**
     * Exports every disk of the VM to the sink, one after the other.
     *
     * @throws LeaseFailedException when the lease ended in error (e.g. timed out)
     * @throws ExternalSystemException when a download or the sink failed (the lease was aborted)
     */
    public ExportResult export(ManagedObjectReference vm, ExportedDiskSink sink) {
        ExportLease lease = open(vm);
        AtomicLong transferred = new AtomicLong();
        KeepAlive keepAlive = null;
        try {
            LeaseInfo info = lease.awaitReady(settings.readyTimeout());
            List<DeviceUrl> disks = info.disks();
            long expected = Math.max(1, disks.stream().mapToLong(DeviceUrl::fileSize).sum() > 0
                    ? disks.stream().mapToLong(DeviceUrl::fileSize).sum() : info.totalDiskCapacity().bytes());
            keepAlive = KeepAlive.start(lease, settings.keepAliveFor(info.timeout()),
                    () -> (int) Math.min(99, transferred.get() * 100 / expected));
            List<Long> sizes = new ArrayList<>();
            for (int i = 0; i < disks.size(); i++) {
                long before = transferred.get();
                stream(lease, i, disks.get(i), sink, transferred);
                sizes.add(transferred.get() - before);
                KeepAlive running = keepAlive;
                running.failure().ifPresent(e -> {
                    throw e;
                });
            }
            keepAlive.close();
            keepAlive.failure().ifPresent(e -> {
                throw e;
            });
            LeaseStatus status = lease.status();
            if (status.state() != LeaseState.READY) {
                throw new LeaseFailedException(lease.reference(), status, "the export lease of " + vm
                        + " ended before it was completed: " + status.describe());
            }
            lease.complete();
            return new ExportResult(vm, lease.reference(), sizes, keepAlive.calls());
        } catch (RuntimeException | IOException e) {
            if (keepAlive != null) {
                keepAlive.close();
            }
            throw failed(vm, lease, e);
        }
    }

    private void stream(ExportLease lease, int index, DeviceUrl disk, ExportedDiskSink sink, AtomicLong transferred)
            throws IOException {
        Matcher any = ANY_HOST.matcher(disk.url());
        String host = session.transport().endpoint().host();
        VcenterHttp access = http;
        URI url;
        if (any.find()) {
            url = URI.create(any.replaceFirst("$1" + Matcher.quoteReplacement(host.contains(":") ? "[" + host + "]" : host)));
        } else {
            url = URI.create(disk.url());
            if (disk.sslThumbprint().isPresent() && !host.equalsIgnoreCase(url.getHost())) {
                access = http.withTls(VcenterTls.pinned(Thumbprint.parse(disk.sslThumbprint().get())));
            }
        }
        String what = "disk " + index + " (" + disk.key() + ") of export lease " + lease.reference();
        HttpAnswer response = access.get(url, what);
        try (InputStream body = new Counting(response.body(), transferred)) {
            if (response.statusCode() != 200) {
                throw new ExternalSystemException("vCenter refused " + what + ": " + VcenterHttp.describe(response));
            }
            sink.accept(index, disk, body);
            if (body.read() != -1) {
                throw new IllegalStateException("the sink of " + what + " returned before the end of the stream");
            }
        }
    }

    private RuntimeException failed(ManagedObjectReference vm, ExportLease lease, Exception cause) {
        LeaseStatus status;
        try {
            status = lease.status();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
            return wrap(vm, cause, "; the state of export lease " + lease.reference() + " could not be read");
        }
        if (status.timedOut()) {
            return new LeaseFailedException(lease.reference(), status, "the export lease of " + vm + " timed out: it was"
                    + " not kept alive within its timeout (" + status.describe() + ")", cause);
        }
        if (status.state() == LeaseState.ERROR && !(cause instanceof LeaseFailedException)) {
            return new LeaseFailedException(lease.reference(), status, "the export lease of " + vm + " failed: "
                    + status.describe(), cause);
        }
        if (status.state() == LeaseState.READY || status.state() == LeaseState.INITIALIZING) {
            try {
                lease.abort(reason(cause));
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
                return wrap(vm, cause, "; aborting export lease " + lease.reference() + " failed too");
            }
            return wrap(vm, cause, "; export lease " + lease.reference() + " aborted");
        }
        return wrap(vm, cause, "");
    }

    private static RuntimeException wrap(ManagedObjectReference vm, Exception cause, String suffix) {
        if (cause instanceof CloudfitException c && suffix.isEmpty()) {
            return c;
        }
        return new ExternalSystemException("exporting " + vm + " failed: " + reason(cause) + suffix, cause);
    }

    private static String reason(Exception cause) {
        Throwable t = cause instanceof UncheckedIOException u ? u.getCause() : cause;
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }

    /** Counts the bytes read, for the progress percentage. */
    private static final class Counting extends FilterInputStream {
        private final AtomicLong counter;

        Counting(InputStream in, AtomicLong counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counter.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counter.addAndGet(n);
            }
            return n;
        }
    }

    @Override
    public String toString() {
        return "VmExport[" + session.transport().endpoint() + "]";
    }
}
