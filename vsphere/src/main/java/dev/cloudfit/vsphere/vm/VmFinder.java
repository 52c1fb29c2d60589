package dev.cloudfit.vsphere.vm;

import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SoapRequest;
import dev.cloudfit.vsphere.soap.SoapResponseReader;
import dev.cloudfit.vsphere.soap.StaxReading;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds a VM by its instance UUID ({@code SearchIndex.FindByUuid} with {@code instanceUuid=true}):
 * the identity the approved workbook carries, stable across renames and vMotion, unlike a name or
 * a MoRef that another vCenter may reuse.
 */
public final class VmFinder {

    private final VcenterSession session;

    public VmFinder(VcenterSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** @return the VM with that instance UUID, or empty when this vCenter has none */
    public Optional<ManagedObjectReference> byInstanceUuid(String instanceUuid) {
        ManagedObjectReference index = session.serviceContent().requireManager("searchIndex");
        return session.call(SoapRequest.method("FindByUuid", index).text("uuid", instanceUuid)
                .bool("vmSearch", true).bool("instanceUuid", true).build(), optionalReference());
    }

    private static SoapResponseReader<Optional<ManagedObjectReference>> optionalReference() {
        return reader -> {
            ManagedObjectReference found = null;
            while (StaxReading.nextChild(reader)) {
                if (reader.getLocalName().equals("returnval")) {
                    found = StaxReading.reference(reader);
                } else {
                    StaxReading.skipElement(reader);
                }
            }
            return Optional.ofNullable(found);
        };
    }
}
