package dev.cloudfit.vsphere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.HexFormat;
import javax.net.ssl.SSLHandshakeException;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Speaks vim25 SOAP to a real simulator over HTTPS, trusting only the simulator's certificate:
 * the ground our vCenter client will stand on.
 */
@WithVcsim
class VcsimSoapSmokeTest {

    private static final String VIM25 = "urn:vim25";

    private static String envelope(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:vim25=\"urn:vim25\">"
                + "<soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
    }

    private static HttpRequest soap(Vcsim vcsim, String body) {
        return HttpRequest.newBuilder(vcsim.sdkUrl())
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "urn:vim25/6.5")
                .POST(HttpRequest.BodyPublishers.ofString(envelope(body), StandardCharsets.UTF_8))
                .build();
    }

    private static HttpClient pinnedClient(Vcsim vcsim) {
        return HttpClient.newBuilder().sslContext(vcsim.sslContext()).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Element parent, String localName) {
        return parent.getElementsByTagNameNS(VIM25, localName).item(0).getTextContent();
    }

    private static String xmlEscape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Test
    void retrieveServiceContentDescribesAVcenter(Vcsim vcsim) throws Exception {
        HttpResponse<String> response = pinnedClient(vcsim).send(soap(vcsim,
                "<vim25:RetrieveServiceContent><vim25:_this type=\"ServiceInstance\">ServiceInstance</vim25:_this>"
                        + "</vim25:RetrieveServiceContent>"), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        Element about = (Element) parse(response.body()).getElementsByTagNameNS(VIM25, "about").item(0);
        assertThat(about).as("ServiceContent.about in %s", response.body()).isNotNull();
        assertThat(text(about, "apiType")).isEqualTo("VirtualCenter");
        assertThat(text(about, "fullName")).startsWith("VMware vCenter Server");

        Certificate presented = response.sslSession().orElseThrow().getPeerCertificates()[0];
        assertThat(HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(presented.getEncoded())))
                .as("the server presents the very certificate the harness pins")
                .isEqualTo(vcsim.sha256Thumbprint());
    }

    @Test
    void defaultTrustRefusesTheSimulatorsCertificate(Vcsim vcsim) {
        HttpClient defaultTrust = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        assertThatThrownBy(() -> defaultTrust.send(soap(vcsim,
                "<vim25:RetrieveServiceContent><vim25:_this type=\"ServiceInstance\">ServiceInstance</vim25:_this>"
                        + "</vim25:RetrieveServiceContent>"), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void loginAcceptsTheHarnessCredentialsAndNoOthers(Vcsim vcsim) throws Exception {
        HttpClient http = pinnedClient(vcsim);
        String login = "<vim25:Login><vim25:_this type=\"SessionManager\">SessionManager</vim25:_this>"
                + "<vim25:userName>" + xmlEscape(vcsim.username()) + "</vim25:userName>"
                + "<vim25:password>%s</vim25:password></vim25:Login>";

        HttpResponse<String> accepted = http.send(soap(vcsim, login.formatted(xmlEscape(vcsim.password()))),
                HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).isEqualTo(200);
        Element session = (Element) parse(accepted.body()).getElementsByTagNameNS(VIM25, "returnval").item(0);
        assertThat(text(session, "userName")).isEqualTo(vcsim.username());

        HttpResponse<String> refused = HttpClient.newBuilder().sslContext(vcsim.sslContext()).build()
                .send(soap(vcsim, login.formatted("not-" + xmlEscape(vcsim.password()))),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(500);
        assertThat(parse(refused.body()).getElementsByTagNameNS(VIM25, "InvalidLoginFault").getLength())
                .as("an InvalidLogin fault in %s", refused.body()).isEqualTo(1);
    }
}
