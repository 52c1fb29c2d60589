package dev.cloudfit.vsphere.testing;

import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.vsphere.session.Credentials;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SoapTransport;
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
     * Sets an integer vpxd option ({@code OptionManager.UpdateOptions}), e.g. maxQueryMetrics. Sent as a
     * hand-written envelope: the value needs {@code xsi:type="xsd:int"}, which our request builder
     * (rightly) does not offer production code.
     */
    public static void setIntOption(Vcsim vcsim, VcenterSession session, String key, int value) {
        ManagedObjectReference options = session.serviceContent().optionManager().orElseThrow();
        String envelope = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope"
                + " xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">"
                + "<soapenv:Body><UpdateOptions xmlns=\"urn:vim25\"><_this type=\"OptionManager\">" + options.value()
                + "</_this><changedValue><key>" + key + "</key><value xsi:type=\"xsd:int\">" + value
                + "</value></changedValue></UpdateOptions></soapenv:Body></soapenv:Envelope>";
        try {
            java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().sslContext(vcsim.sslContext()).build();
            java.net.http.HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(vcsim.sdkUrl())
                    .header("Content-Type", "text/xml; charset=utf-8")
                    .header("SOAPAction", "urn:vim25/" + session.transport().apiVersion())
                    .header("Cookie", dev.cloudfit.vsphere.soap.SessionCookie.NAME + "=" + session.transport().sessionCookie().orElseThrow().value())
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(envelope)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("UpdateOptions failed: HTTP " + response.statusCode() + " " + response.body());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param path e.g. {@code DC0/vm/DC0_H0_VM0}
     * @return the object at that inventory path ({@code SearchIndex.FindByInventoryPath})
     */
    public static ManagedObjectReference byPath(VcenterSession session, String path) {
        return dev.cloudfit.vsphere.standin.SimulatedVm.at(session, path);
    }
}
