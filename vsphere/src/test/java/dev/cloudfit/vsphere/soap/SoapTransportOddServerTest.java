package dev.cloudfit.vsphere.soap;

import static dev.cloudfit.vsphere.testing.LocalHttpsServer.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.ExitCode;
import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.fault.InvalidArgumentException;
import dev.cloudfit.vsphere.fault.ManagedObjectNotFoundException;
import dev.cloudfit.vsphere.fault.NoPermissionException;
import dev.cloudfit.vsphere.fault.VimFaultException;
import dev.cloudfit.vsphere.testing.LocalHttpsServer;
import dev.cloudfit.vsphere.tls.VcenterTls;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answers vcsim never gives, from a local HTTPS server the transport trusts by pin: foreign
 * pages, unsafe XML, stalls, faults with details, cookies.
 */
class SoapTransportOddServerTest {

    private static final SoapRequest CURRENT_TIME = SoapRequest.method("CurrentTime",
            new ManagedObjectReference("ServiceInstance", "ServiceInstance")).build();
    private static final SoapResponseReader<String> RETURNVAL = reader -> {
        String value = null;
        while (StaxReading.nextChild(reader)) {
            value = StaxReading.text(reader);
        }
        return value;
    };

    @TempDir
    static Path scratch;
    private static LocalHttpsServer server;

    @BeforeAll
    static void start() {
        server = LocalHttpsServer.start(scratch);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static SoapTransport transport() {
        return SoapTransport.open(server.endpoint(), VcenterTls.pinned(server.sha256()), TransportSettings.defaults());
    }

    @Test
    void readsAResultAndSendsTheVersionedSoapAction() {
        server.answer(200, "text/xml; charset=utf-8",
                envelope("<CurrentTimeResponse xmlns=\"urn:vim25\"><returnval>2026-01-02T03:04:05Z</returnval></CurrentTimeResponse>"));
        assertThat(transport().call(CURRENT_TIME, RETURNVAL)).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(last().soapAction()).isEqualTo("urn:vim25/" + TransportSettings.DEFAULT_INITIAL_API_VERSION);
        assertThat(last().body()).contains("<CurrentTime xmlns=\"urn:vim25\"><_this type=\"ServiceInstance\">");
    }

    @Test
    void anHtmlPageIsNotAVcenter() {
        server.answer(200, "text/html; charset=utf-8", "<html><head><title>Welcome to nginx!</title></head></html>");
        assertThatThrownBy(() -> transport().call(CURRENT_TIME, RETURNVAL))
                .isInstanceOfSatisfying(ExternalSystemException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.EXTERNAL);
                    assertThat(e).hasMessageContaining("content type 'text/html; charset=utf-8'")
                            .hasMessageContaining("not vim25 SOAP")
                            .hasMessageContaining("Welcome to nginx!");
                });
    }

    @Test
    void a404IsNotAVcenterSdk() {
        server.answer(404, "text/plain", "404 page not found");
        assertThatThrownBy(() -> transport().call(CURRENT_TIME, RETURNVAL))
                .isInstanceOf(ExternalSystemException.class)
                .hasMessageContaining("HTTP 404")
                .hasMessageContaining("is this the SDK URL of a vCenter");
    }

    @Test
    void aJsonAnswerIsNotVim25() {
        server.answer(200, "application/json", "{\"value\":1}");
        assertThatThrownBy(() -> transport().call(CURRENT_TIME, RETURNVAL))
                .isInstanceOf(ExternalSystemException.class)
                .hasMessageContaining("content type 'application/json'");
    }

    @Test
    void xmlThatIsNotAnEnvelopeIsRefused() {
        server.answer(200, "text/xml", "<?xml version=\"1.0\"?><html><body>hello</body></html>");
        assertThatThrownBy(() -> transport().call(CURRENT_TIME, RETURNVAL))
                .isInstanceOf(ExternalSystemException.class)
                .hasMessageContaining("not a SOAP envelope");
    }

    @Test
    void truncatedXmlIsMalformed() {
        server.answer(200, "text/xml", envelope("<CurrentTimeResponse xmlns=\"urn:vim25\"><returnval>2026")
                .substring(0, 200));
        assertThatThrownBy(() -> transport().call(CURRENT_TIME, RETURNVAL))
                .isInstanceOf(ExternalSystemException.class)
                .hasMessageContaining("malformed XML");
    }

    @Test
    void anExternalEntityIsRefusedBeforeAnyFileIsRead() {
        server.answer(200, "text/xml", "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + envelope("<CurrentTimeResponse xmlns=\"urn:vim25\"><returnval>&xxe;</returnval></CurrentTimeResponse>")
                .replaceFirst("<\\?xml[^>]*>", ""));
        assertThatThrownBy(() -> transport().call(CURRENT_TIME, RETURNVAL))
                .isInstanceOf(UnsafeXmlException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("root:");
    }

    @Test
    void aBillionLaughsIsRefused() {
        StringBuilder laughs = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>");
        server.answer(200, "text/xml", "<?xml version=\"1.0\"?>" + laughs
                + envelope("<CurrentTimeResponse xmlns=\"urn:vim25\"><returnval>&lol9;</returnval></CurrentTimeResponse>")
                .replaceFirst("<\\?xml[^>]*>", ""));
        assertThatThrownBy(() -> transport().call(CURRENT_TIME, RETURNVAL))
                .isInstanceOf(UnsafeXmlException.class)
                .hasMessageContaining("entity-expansion");
    }

    @Test
    void aStalledServerTimesOut() {
        server.answer(exchange -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LocalHttpsServer.respond(exchange, 200, "text/xml", envelope("<CurrentTimeResponse/>"));
        });
        SoapTransport impatient = SoapTransport.open(server.endpoint(), VcenterTls.pinned(server.sha256()),
                TransportSettings.defaults().withRequestTimeout(Duration.ofMillis(500)));
        long start = System.nanoTime();
        assertThatThrownBy(() -> impatient.call(CURRENT_TIME, RETURNVAL))
                .isInstanceOfSatisfying(ExternalSystemException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.EXTERNAL))
                .hasMessageContaining("did not answer within 0 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    void aServerThatStallsMidAnswerTimesOut() {
        server.answer(exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, 0); // chunked: headers now, body later
            exchange.getResponseBody().write(envelope("<CurrentTimeResponse xmlns=\"urn:vim25\"><returnval>")
                    .substring(0, 120).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        SoapTransport impatient = SoapTransport.open(server.endpoint(), VcenterTls.pinned(server.sha256()),
                TransportSettings.defaults().withRequestTimeout(Duration.ofMillis(700)));
        long start = System.nanoTime();
        assertThatThrownBy(() -> impatient.call(CURRENT_TIME, RETURNVAL))
                .isInstanceOf(ExternalSystemException.class)
                .hasMessageContaining("did not finish its answer within 0 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        SoapTransport nowhere = SoapTransport.open(new VcenterEndpoint(URI.create("https://127.0.0.1:" + port + "/sdk")),
                VcenterTls.systemTrust(), TransportSettings.defaults().withConnectTimeout(Duration.ofSeconds(5)));
        assertThatThrownBy(() -> nowhere.call(CURRENT_TIME, RETURNVAL))
                .isInstanceOfSatisfying(ExternalSystemException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.EXTERNAL))
                .hasMessageStartingWith("cannot reach vCenter https://127.0.0.1:" + port + "/sdk (CurrentTime): ")
                .hasMessageContaining("no connection to 127.0.0.1:" + port)
                .hasMessageContaining("nothing blocks port " + port);
    }

    @Test
    void anUnknownHostIsUnreachable() {
        SoapTransport nowhere = SoapTransport.open(VcenterEndpoint.parse("cloudfit-test.invalid"),
                VcenterTls.systemTrust(), TransportSettings.defaults().withConnectTimeout(Duration.ofSeconds(5)));
        assertThatThrownBy(() -> nowhere.call(CURRENT_TIME, RETURNVAL))
                .isInstanceOfSatisfying(ExternalSystemException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.EXTERNAL))
                .hasMessageStartingWith("cannot reach vCenter https://cloudfit-test.invalid/sdk (CurrentTime)")
                .hasMessageEndingWith(": unknown host cloudfit-test.invalid");
    }

    @Test
    void faultDetailsArriveTyped() {
        server.answer(500, "text/xml", envelope("<soapenv:Fault><faultcode>ServerFaultCode</faultcode>"
                + "<faultstring>The object 'vim.VirtualMachine:vm-7' has already been deleted</faultstring>"
                + "<detail><ManagedObjectNotFoundFault xmlns=\"urn:vim25\" xsi:type=\"ManagedObjectNotFound\">"
                + "<obj type=\"VirtualMachine\">vm-7</obj></ManagedObjectNotFoundFault></detail></soapenv:Fault>"));
        assertThatThrownBy(() -> transport().call(CURRENT_TIME, RETURNVAL))
                .isInstanceOfSatisfying(ManagedObjectNotFoundException.class, e -> {
                    assertThat(e.object()).isEqualTo("VirtualMachine:vm-7");
                    assertThat(e.faultName()).isEqualTo("ManagedObjectNotFound");
                    assertThat(e.method()).isEqualTo("CurrentTime");
                    assertThat(e.exitCode()).isEqualTo(ExitCode.EXTERNAL);
                })
                .hasMessage("vCenter refused CurrentTime: ManagedObjectNotFound: The object 'vim.VirtualMachine:vm-7'"
                        + " has already been deleted {obj=VirtualMachine:vm-7}");
    }

    @Test
    void faultNamesComeFromTheElementWhenThereIsNoXsiType() {
        server.answer(500, "text/xml", envelope("<soapenv:Fault><faultcode>ServerFaultCode</faultcode>"
                + "<faultstring>A specified parameter was not correct: spec</faultstring><detail>"
                + "<InvalidArgumentFault xmlns=\"urn:vim25\"><invalidProperty>spec.maxObjects</invalidProperty>"
                + "<faultCause><fault>nested</fault></faultCause></InvalidArgumentFault></detail></soapenv:Fault>"));
        assertThatThrownBy(() -> transport().call(CURRENT_TIME, RETURNVAL))
                .isInstanceOfSatisfying(InvalidArgumentException.class,
                        e -> assertThat(e.invalidProperty()).isEqualTo("spec.maxObjects"));
    }

    @Test
    void noPermissionNamesThePrivilegeAndUnknownFaultsKeepTheirName() {
        server.answer(500, "text/xml", envelope("<soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring/>"
                + "<detail><NoPermissionFault xmlns=\"urn:vim25\" xsi:type=\"NoPermission\">"
                + "<object type=\"Folder\">group-d1</object><privilegeId>System.View</privilegeId>"
                + "</NoPermissionFault></detail></soapenv:Fault>"));
        assertThatThrownBy(() -> transport().call(CURRENT_TIME, RETURNVAL))
                .isInstanceOfSatisfying(NoPermissionException.class,
                        e -> assertThat(e.privilegeId()).isEqualTo("System.View"));

        server.answer(500, "text/xml", envelope("<soapenv:Fault><faultcode>ServerFaultCode</faultcode>"
                + "<faultstring>busy</faultstring><detail><RequestCanceledFault xmlns=\"urn:vim25\""
                + " xsi:type=\"RequestCanceled\"/></detail></soapenv:Fault>"));
        assertThatThrownBy(() -> transport().call(CURRENT_TIME, RETURNVAL))
                .isExactlyInstanceOf(VimFaultException.class)
                .hasMessage("vCenter refused CurrentTime: RequestCanceled: busy");
    }

    @Test
    void aFaultWithoutDetailIsNamedByItsCode() {
        server.answer(500, "text/xml", envelope("<soapenv:Fault><faultcode>soapenv:Client</faultcode>"
                + "<faultstring>Unable to parse the request</faultstring></soapenv:Fault>"));
        assertThatThrownBy(() -> transport().call(CURRENT_TIME, RETURNVAL))
                .isExactlyInstanceOf(VimFaultException.class)
                .hasMessage("vCenter refused CurrentTime: Client: Unable to parse the request");
    }

    @Test
    void aProxyErrorPageIsNotAFault() {
        server.answer(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>");
        assertThatThrownBy(() -> transport().call(CURRENT_TIME, RETURNVAL))
                .isExactlyInstanceOf(ExternalSystemException.class)
                .hasMessageContaining("HTTP 502 with content type 'text/html'")
                .hasMessageContaining("502 Bad Gateway");
    }

    @Test
    void keepsAndSendsTheSessionCookieWithoutShowingIt() {
        server.answer(exchange -> {
            exchange.getResponseHeaders().add("Set-Cookie", "vmware_soap_session=\"s3cr3t-cookie\"; Path=/; HttpOnly; Secure");
            LocalHttpsServer.respond(exchange, 200, "text/xml", envelope(
                    "<CurrentTimeResponse xmlns=\"urn:vim25\"><returnval>2026-01-02T03:04:05Z</returnval></CurrentTimeResponse>"));
        });
        SoapTransport transport = transport();
        transport.call(CURRENT_TIME, RETURNVAL);
        assertThat(last().cookie()).isNull();
        transport.call(CURRENT_TIME, RETURNVAL);
        assertThat(last().cookie()).isEqualTo("vmware_soap_session=s3cr3t-cookie");
        assertThat(transport.sessionCookie()).hasValueSatisfying(c -> assertThat(c.value()).isEqualTo("s3cr3t-cookie"));
        assertThat(transport.toString()).doesNotContain("s3cr3t");
        assertThat(transport.sessionCookie().orElseThrow().toString()).doesNotContain("s3cr3t");

        transport.forgetSessionCookie();
        server.answer(200, "text/xml", envelope(
                "<CurrentTimeResponse xmlns=\"urn:vim25\"><returnval>2026-01-02T03:04:05Z</returnval></CurrentTimeResponse>"));
        transport.call(CURRENT_TIME, RETURNVAL);
        assertThat(last().cookie()).isNull();
    }

    @Test
    void faultsAndResultsSharingPooledConnectionsDoNotBreakEachOther() throws Exception {
        String fault = envelope("<soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring/><detail>"
                + "<NotFoundFault xmlns=\"urn:vim25\" xsi:type=\"NotFound\"/></detail></soapenv:Fault>") + "\n";
        String result = envelope("<CurrentTimeResponse xmlns=\"urn:vim25\"><returnval>2026-01-02T03:04:05Z</returnval>"
                + "</CurrentTimeResponse>") + "\n";
        server.answer(exchange -> {
            boolean faults = LocalHttpsServer.requestBody(exchange).contains("<TerminateSession ");
            LocalHttpsServer.respond(exchange, faults ? 500 : 200, "text/xml", faults ? fault : result);
        });
        SoapTransport shared = transport();
        SoapRequest faulting = SoapRequest.method("TerminateSession", new ManagedObjectReference("SessionManager", "sm"))
                .text("sessionId", "gone").build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                calls.add(i % 2 == 0 ? () -> shared.call(CURRENT_TIME, RETURNVAL) : () -> {
                    try {
                        shared.call(faulting, SoapResponseReader.none());
                        return "no fault";
                    } catch (VimFaultException expected) {
                        return expected.faultName();
                    }
                });
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> outcome : pool.invokeAll(calls)) {
                try {
                    outcomes.add(outcome.get());
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause().getMessage());
                }
            }
            assertThat(outcomes).as("a fault read only up to its end must not cost another call its connection")
                    .containsOnly("2026-01-02T03:04:05Z", "NotFound");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUnexpectedResponseElementIsNamed() {
        server.answer(200, "text/xml", envelope("<LoginResponse xmlns=\"urn:vim25\"/>"));
        assertThatThrownBy(() -> transport().call(CURRENT_TIME, RETURNVAL))
                .isInstanceOf(ExternalSystemException.class)
                .hasMessageContaining("answered <LoginResponse> where <CurrentTimeResponse> belongs");
    }

    private static LocalHttpsServer.Request last() {
        var all = server.requests();
        return all.get(all.size() - 1);
    }

    @Test
    void aNulCharacterInTheAnswerIsMalformedXmlNotACrash() {
        server.answer(200, "text/xml; charset=utf-8", envelope(
                "<CurrentTimeResponse xmlns=\"urn:vim25\"><returnval>2026\u0000-01-02</returnval></CurrentTimeResponse>"));
        assertThatThrownBy(() -> transport().call(CURRENT_TIME, RETURNVAL))
                .isInstanceOfSatisfying(ExternalSystemException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.EXTERNAL);
                    assertThat(e.getMessage()).startsWith("vCenter " + server.endpoint()
                            + " (CurrentTime) answered with malformed XML: ").doesNotContain("\n").hasSizeLessThan(500);
                });
        server.answer(500, "text/xml", envelope("<soapenv:Fault><faultcode>ServerFaultCode</faultcode>"
                + "<faultstring>bad\u0000</faultstring></soapenv:Fault>"));
        assertThatThrownBy(() -> transport().call(CURRENT_TIME, RETURNVAL))
                .isInstanceOf(ExternalSystemException.class).hasMessageContaining("malformed XML");
        for (String where : new String[] {
            "<CurrentTimeResponse xmlns=\"urn:vim25\"><returnval>x&#0;y</returnval></CurrentTimeResponse>",
            "<CurrentTimeResponse xmlns=\"urn:vim25\"><returnval>x&#x0;</returnval></CurrentTimeResponse>",
            "<soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring>a&#0;</faultstring></soapenv:Fault>",
            "<CurrentTimeResponse xmlns=\"urn:vim25\">\u0000<returnval>x</returnval></CurrentTimeResponse>",
            "<CurrentTimeResponse xmlns=\"urn:vim25\"><returnval a=\"\u0000\">x</returnval></CurrentTimeResponse>",
            "<soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring>ok</faultstring><detail>"
                    + "<InvalidArgumentFault xmlns=\"urn:vim25\" xsi:type=\"InvalidArgument\"><invalidProperty>"
                    + "a\u0000</invalidProperty></InvalidArgumentFault></detail></soapenv:Fault>",
            "<CurrentTimeResponse xmlns=\"urn:vim25\"><returnval>x</returnval></CurrentTimeResponse>\u0000"}) {
            server.answer(where.contains("Fault") ? 500 : 200, "text/xml", envelope(where));
            // wherever the NUL is, the call either ignores it (after the response element) or fails as malformed
            Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> transport().call(CURRENT_TIME, RETURNVAL));
            if (t != null) {
                assertThat(t).as(where).isInstanceOf(ExternalSystemException.class).hasMessageContaining("malformed XML");
            }
        }
    }

    @Test
    void aFaultThatEchoesTheLoginRequestIsCutAndNeverShowsThePassword() {
        SoapRequest login = SoapRequest.method("Login", new ManagedObjectReference("SessionManager", "SessionManager"))
                .text("userName", "administrator@vsphere.local").secret("password", "S3cret&<pw>").build();
        String echo = "Unable to parse the request " + login.envelope().replace("<", "&lt;").replace(">", "&gt;")
                .replace("&amp;", "&amp;amp;") + " " + "x".repeat(50_000);
        server.answer(500, "text/xml", envelope("<soapenv:Fault><faultcode>soapenv:Client</faultcode>"
                + "<faultstring>" + echo + "</faultstring><detail><InvalidRequestFault xmlns=\"urn:vim25\""
                + " xsi:type=\"InvalidRequest\"><reason>password S3cret&amp;&lt;pw&gt; was\nrefused</reason>"
                + "</InvalidRequestFault></detail></soapenv:Fault>"));
        assertThatThrownBy(() -> transport().call(login, RETURNVAL))
                .isInstanceOfSatisfying(VimFaultException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.EXTERNAL);
                    assertThat(e.getMessage())
                            .startsWith("vCenter refused Login: InvalidRequest: Unable to parse the request "
                                    + FaultText.ECHO_LEFT_OUT)
                            .contains("reason=password *** was refused")
                            .doesNotContain("S3cret").doesNotContain("Envelope").doesNotContain("\n")
                            .hasSizeLessThan(600);
                });
    }
}
