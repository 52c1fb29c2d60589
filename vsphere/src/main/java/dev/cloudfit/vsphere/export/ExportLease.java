package dev.cloudfit.vsphere.export;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.vsphere.fault.LocalizedFaults;
import dev.cloudfit.vsphere.property.DataObjectValue;
import dev.cloudfit.vsphere.property.ObjectContent;
import dev.cloudfit.vsphere.property.PropertyCollector;
import dev.cloudfit.vsphere.property.PropertyValue;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SoapRequest;
import dev.cloudfit.vsphere.soap.SoapResponseReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One {@code HttpNfcLease}: its state, its files, and the three calls that keep or end it. Thread-safe
 * as far as the session is (the keep-alive runs on another thread than the download).
 */
public final class ExportLease {

    private static final Duration FIRST_POLL = Duration.ofMillis(50);
    private static final Duration LONGEST_POLL = Duration.ofSeconds(1);

    private final VcenterSession session;
    private final ManagedObjectReference lease;
    private final PropertyCollector collector;

    public ExportLease(VcenterSession session, ManagedObjectReference lease) {
        this.session = Objects.requireNonNull(session, "session");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.collector = new PropertyCollector(session);
    }

    /** @return the lease's reference */
    public ManagedObjectReference reference() {
        return lease;
    }

    /** @return {@code state} and {@code error} */
    public LeaseStatus status() {
        ObjectContent content = collector.read(lease, "state", "error");
        LeaseState state = content.text("state").map(LeaseState::fromWire)
                .orElseThrow(() -> new ExternalSystemException("export lease " + lease + " reports no state"));
        return new LeaseStatus(state, content.get("error").map(LocalizedFaults::read));
    }

    /**
     * Waits while the lease is initializing.
     *
     * @return the lease's files, once it is ready
     * @throws LeaseFailedException when the lease goes to error instead
     * @throws ExternalSystemException when it is still initializing after the timeout
     */
    public LeaseInfo awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Duration pause = FIRST_POLL;
        while (true) {
            LeaseStatus status = status();
            if (status.state() == LeaseState.READY) {
                return info();
            }
            if (status.state() != LeaseState.INITIALIZING) {
                throw new LeaseFailedException(lease, status, "the export lease " + lease + " did not become ready: "
                        + status.describe());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new ExternalSystemException("the export lease " + lease + " was still initializing after " + timeout);
            }
            pauseFor(pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_POLL) > 0 ? LONGEST_POLL : pause.multipliedBy(2);
        }
    }

    /** @return {@code info}: the files, capacities and the timeout */
    public LeaseInfo info() {
        PropertyValue info = collector.readOne(lease, "info")
                .orElseThrow(() -> new ExternalSystemException("export lease " + lease + " has no info"));
        ManagedObjectReference entity = info.path("entity").flatMap(PropertyValue::reference)
                .orElseThrow(() -> new ExternalSystemException("export lease " + lease + " names no entity"));
        List<DeviceUrl> urls = new ArrayList<>();
        for (PropertyValue device : all(info, "deviceUrl")) {
            urls.add(new DeviceUrl(text(device, "key"), text(device, "targetId"), text(device, "url"),
                    device.path("sslThumbprint").flatMap(PropertyValue::text).filter(t -> !t.isBlank()),
                    device.path("disk").flatMap(PropertyValue::booleanValue).orElse(false),
                    device.path("fileSize").flatMap(PropertyValue::longValue).orElse(0L)));
        }
        long kib = info.path("totalDiskCapacityInKB").flatMap(PropertyValue::longValue).orElse(0L);
        long seconds = info.path("leaseTimeout").flatMap(PropertyValue::longValue).orElse(300L);
        return new LeaseInfo(entity, urls, DataSize.ofBytes(kib * 1024), Duration.ofSeconds(seconds));
    }

    /** Keeps the lease alive and reports how far the transfer is ({@code HttpNfcLeaseProgress}). */
    public void progress(int percent) {
        session.callOnce(SoapRequest.method("HttpNfcLeaseProgress", lease).number("percent", Math.max(0, Math.min(100, percent)))
                .build(), SoapResponseReader.none());
    }

    /** Ends the lease successfully ({@code HttpNfcLeaseComplete}). */
    public void complete() {
        session.callOnce(SoapRequest.method("HttpNfcLeaseComplete", lease).build(), SoapResponseReader.none());
    }

    /** Ends the lease as failed, telling vCenter why ({@code HttpNfcLeaseAbort} with a {@code SystemError}). */
    public void abort(String reason) {
        session.callOnce(SoapRequest.method("HttpNfcLeaseAbort", lease)
                .object("fault", null, f -> f.object("fault", "SystemError", e -> e.text("reason", reason))
                        .text("localizedMessage", reason))
                .build(), SoapResponseReader.none());
    }

    private static List<PropertyValue> all(PropertyValue info, String field) {
        if (info instanceof DataObjectValue object) {
            List<PropertyValue> out = new ArrayList<>();
            for (PropertyValue v : object.all(field)) {
                out.addAll(v.elements());
            }
            return out;
        }
        return List.of();
    }

    private String text(PropertyValue device, String field) {
        return device.path(field).flatMap(PropertyValue::text)
                .orElseThrow(() -> new ExternalSystemException("a device URL of export lease " + lease + " has no " + field));
    }

    private static void pauseFor(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExternalSystemException("interrupted while waiting for an export lease", e);
        }
    }

    @Override
    public String toString() {
        return "ExportLease[" + lease + "]";
    }
}
