package dev.cloudfit.vsphere.testing;

import dev.cloudfit.testkit.vcsim.Vcsim;
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

/** Test helpers: a pinned session on the simulator, and VMs found by inventory path (no property collector needed). */
public final class VcsimObjects {

    private VcsimObjects() {
    }

    public static VcenterTls tls(Vcsim vcsim) {
        return VcenterTls.pinned(Thumbprint.parse(vcsim.sha256Thumbprint()));
    }

    public static VcenterEndpoint endpoint(Vcsim vcsim) {
        return new VcenterEndpoint(vcsim.sdkUrl());
    }

    public static Credentials credentials(Vcsim vcsim) {
        return new Credentials(vcsim.username(), vcsim.password());
    }

    public static VcenterSession connect(Vcsim vcsim) {
        return VcenterSession.login(SoapTransport.open(endpoint(vcsim), tls(vcsim), TransportSettings.defaults()),
                credentials(vcsim));
    }

    /**
     * @param path e.g. {@code DC0/vm/DC0_H0_VM0}
     * @return the object at that inventory path ({@code SearchIndex.FindByInventoryPath})
     */
    public static ManagedObjectReference byPath(VcenterSession session, String path) {
        ManagedObjectReference searchIndex = session.serviceContent().requireManager("searchIndex");
        ManagedObjectReference found = session.call(SoapRequest.method("FindByInventoryPath", searchIndex)
                .text("inventoryPath", path).build(), reader -> {
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
            throw new IllegalArgumentException("the simulator has nothing at " + path);
        }
        return found;
    }
}
