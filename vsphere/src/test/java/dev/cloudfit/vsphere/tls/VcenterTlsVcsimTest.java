package dev.cloudfit.vsphere.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.ExitCode;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.session.ServiceContent;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.SoapTransport;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.soap.VcenterEndpoint;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** Trust decisions against the simulator's self-signed certificate. */
@WithVcsim
class VcenterTlsVcsimTest {

    private static ServiceContent serviceContent(VcenterEndpoint endpoint, VcenterTls tls) {
        return VcenterSession.retrieveServiceContent(SoapTransport.open(endpoint, tls, TransportSettings.defaults()));
    }

    private static VcenterEndpoint endpoint(Vcsim vcsim) {
        return new VcenterEndpoint(vcsim.sdkUrl());
    }

    @Test
    void systemTrustRefusesTheSelfSignedCertificateAndPrintsItsThumbprint(Vcsim vcsim) {
        assertThatThrownBy(() -> serviceContent(endpoint(vcsim), VcenterTls.systemTrust()))
                .isInstanceOfSatisfying(UntrustedCertificateException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                    assertThat(e.presented().hex()).isEqualTo(vcsim.sha256Thumbprint());
                    assertThat(e.getMessage())
                            .contains("127.0.0.1:" + vcsim.sdkUrl().getPort())
                            .contains("not trusted by this machine's trust store")
                            .contains("--thumbprint " + vcsim.sha256Thumbprint());
                });
    }

    @Test
    void theSha256PinIsAccepted(Vcsim vcsim) {
        VcenterTls pinned = VcenterTls.pinned(Thumbprint.parse(vcsim.sha256Thumbprint()));
        assertThat(serviceContent(endpoint(vcsim), pinned).about().apiType()).isEqualTo("VirtualCenter");
    }

    @Test
    void theSha1PinAsVsphereOnceShowedItIsAccepted(Vcsim vcsim) {
        Thumbprint sha1 = Thumbprint.parse(vcsim.sha1Thumbprint().toLowerCase(java.util.Locale.ROOT));
        assertThat(sha1.algorithm()).isEqualTo(ThumbprintAlgorithm.SHA_1);
        assertThat(serviceContent(endpoint(vcsim), VcenterTls.pinned(sha1)).about().apiType()).isEqualTo("VirtualCenter");
    }

    @Test
    void aWrongPinIsRefusedWithTheServersThumbprint(Vcsim vcsim) {
        String real = vcsim.sha256Thumbprint();
        String wrong = (real.startsWith("00") ? "11" : "00") + real.substring(2);
        assertThatThrownBy(() -> serviceContent(endpoint(vcsim), VcenterTls.pinned(Thumbprint.parse(wrong))))
                .isInstanceOfSatisfying(UntrustedCertificateException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                    assertThat(e.getMessage()).contains("does not match the pinned thumbprint")
                            .contains("SHA-256 " + real);
                });
    }

    @Test
    void aWrongSha1PinIsRefusedToo(Vcsim vcsim) {
        assertThatThrownBy(() -> serviceContent(endpoint(vcsim),
                VcenterTls.pinned(Thumbprint.parse("00".repeat(20)))))
                .isInstanceOf(UntrustedCertificateException.class)
                .hasMessageContaining(vcsim.sha256Thumbprint());
    }

    @Test
    void withAPinTheHostNameNeedNotMatchTheCertificate(Vcsim vcsim) {
        // the simulator's certificate names 127.0.0.1 and example.com, not "localhost"
        VcenterEndpoint byName = new VcenterEndpoint(URI.create("https://localhost:" + vcsim.sdkUrl().getPort() + "/sdk"));
        VcenterTls pinned = VcenterTls.pinned(Thumbprint.parse(vcsim.sha256Thumbprint()));
        assertThat(serviceContent(byName, pinned).about().apiType()).isEqualTo("VirtualCenter");

        // while chain trust in the same certificate checks the name, so the pin is what lets it through
        HttpClient chainTrust = HttpClient.newBuilder().sslContext(vcsim.sslContext()).build();
        assertThatThrownBy(() -> chainTrust.send(HttpRequest.newBuilder(byName.sdkUrl()).GET().build(),
                HttpResponse.BodyHandlers.discarding()))
                .isInstanceOf(SSLHandshakeException.class)
                .hasMessageContaining("localhost");
    }
}
