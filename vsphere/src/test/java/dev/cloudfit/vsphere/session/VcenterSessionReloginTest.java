package dev.cloudfit.vsphere.session;

import static dev.cloudfit.vsphere.testing.LocalHttpsServer.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import dev.cloudfit.vsphere.fault.NotAuthenticatedException;
import dev.cloudfit.vsphere.soap.SoapTransport;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.testing.LocalHttpsServer;
import dev.cloudfit.vsphere.tls.VcenterTls;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The re-login rule at its edges, which vcsim cannot stage: a server that keeps refusing the
 * session after a fresh login, and many threads losing the same session at once.
 */
class VcenterSessionReloginTest {

    private static final String SERVICE_CONTENT = "<RetrieveServiceContentResponse xmlns=\"urn:vim25\"><returnval>"
            + "<rootFolder type=\"Folder\">group-d1</rootFolder>"
            + "<propertyCollector type=\"PropertyCollector\">propertyCollector</propertyCollector>"
            + "<about><name>VMware VirtualCenter</name><fullName>VMware vCenter Server 8.0.2 build-1</fullName>"
            + "<vendor>VMware, Inc.</vendor><version>8.0.2</version><build>1</build><osType>linux-x64</osType>"
            + "<apiType>VirtualCenter</apiType><apiVersion>8.0.2.0</apiVersion>"
            + "<instanceUuid>6f3a1c9e-0000-4000-8000-000000000001</instanceUuid></about>"
            + "<sessionManager type=\"SessionManager\">SessionManager</sessionManager>"
            + "</returnval></RetrieveServiceContentResponse>";

    @TempDir
    static Path scratch;
    private static LocalHttpsServer server;
    private final AtomicInteger logins = new AtomicInteger();
    /** The cookie the fake accepts; null accepts none. */
    private final AtomicReference<String> validCookie = new AtomicReference<>();

    @BeforeAll
    static void start() {
        server = LocalHttpsServer.start(scratch);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void answerAsAVcenter() {
        server.answer(this::fakeVcenter);
    }

    private void fakeVcenter(HttpExchange exchange) throws IOException {
        String body = LocalHttpsServer.requestBody(exchange);
        String cookie = exchange.getRequestHeaders().getFirst("Cookie");
        if (body.contains("<RetrieveServiceContent ")) {
            LocalHttpsServer.respond(exchange, 200, "text/xml", envelope(SERVICE_CONTENT));
        } else if (body.contains("<Login ")) {
            String session = "session-" + logins.incrementAndGet();
            validCookie.set("vmware_soap_session=" + session);
            exchange.getResponseHeaders().add("Set-Cookie", "vmware_soap_session=" + session + "; Path=/; HttpOnly");
            LocalHttpsServer.respond(exchange, 200, "text/xml", envelope("<LoginResponse xmlns=\"urn:vim25\"><returnval>"
                    + "<key>key-" + session + "</key><userName>VSPHERE.LOCAL\\collector</userName><fullName/>"
                    + "<loginTime>2026-11-25T02:00:00.123456Z</loginTime><lastActiveTime>2026-11-25T02:00:01Z</lastActiveTime>"
                    + "<locale>en</locale></returnval></LoginResponse>"));
        } else if (body.contains("<CurrentTime ") && cookie != null && cookie.equals(validCookie.get())) {
            LocalHttpsServer.respond(exchange, 200, "text/xml", envelope(
                    "<CurrentTimeResponse xmlns=\"urn:vim25\"><returnval>2026-11-25T02:00:02Z</returnval></CurrentTimeResponse>"));
        } else {
            LocalHttpsServer.respond(exchange, 500, "text/xml", envelope("<soapenv:Fault><faultcode>ServerFaultCode</faultcode>"
                    + "<faultstring>The session is not authenticated.</faultstring><detail>"
                    + "<NotAuthenticatedFault xmlns=\"urn:vim25\" xsi:type=\"NotAuthenticated\">"
                    + "<object type=\"ServiceInstance\">ServiceInstance</object><privilegeId>System.View</privilegeId>"
                    + "</NotAuthenticatedFault></detail></soapenv:Fault>"));
        }
    }

    private VcenterSession connect() {
        return VcenterSession.login(SoapTransport.open(server.endpoint(), VcenterTls.pinned(server.sha256()),
                TransportSettings.defaults()), new Credentials("collector@vsphere.local", "pw"));
    }

    @Test
    void readsTheLoginAndUsesTheServersApiVersion() {
        VcenterSession session = connect();
        assertThat(session.loginSession().userName()).isEqualTo("VSPHERE.LOCAL\\collector");
        assertThat(session.loginSession().loginTime()).isEqualTo(Instant.parse("2026-11-25T02:00:00.123456Z"));
        assertThat(session.transport().apiVersion()).isEqualTo("8.0.2.0");
        assertThat(server.requests().get(server.requests().size() - 1).soapAction()).isEqualTo("urn:vim25/8.0.2.0");
        assertThat(session.currentTime()).isEqualTo(Instant.parse("2026-11-25T02:00:02Z"));
    }

    @Test
    void aSecondNotAuthenticatedAfterTheReloginPropagates() {
        VcenterSession session = connect();
        validCookie.set(null); // the server now refuses every session, even fresh ones
        server.answer(exchange -> {
            String body = LocalHttpsServer.requestBody(exchange);
            if (body.contains("<Login ")) {
                logins.incrementAndGet();
                exchange.getResponseHeaders().add("Set-Cookie", "vmware_soap_session=refused; Path=/");
                LocalHttpsServer.respond(exchange, 200, "text/xml", envelope("<LoginResponse xmlns=\"urn:vim25\"><returnval>"
                        + "<key>k</key><userName>u</userName><loginTime>2026-11-25T02:00:00Z</loginTime>"
                        + "</returnval></LoginResponse>"));
            } else {
                fakeVcenter(exchange);
            }
        });
        assertThatThrownBy(session::currentTime)
                .isInstanceOf(NotAuthenticatedException.class)
                .hasMessageContaining("NotAuthenticated");
        assertThat(logins).as("the first login, and exactly one more").hasValue(2);
        assertThat(session.reloginCount()).isEqualTo(1);
    }

    @Test
    void threadsThatLoseTheSameSessionShareOneRelogin() throws Exception {
        VcenterSession session = connect();
        validCookie.set("vmware_soap_session=gone"); // the session dies under everyone's feet
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Instant>> calls = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                calls.add(session::currentTime);
            }
            for (Future<Instant> result : pool.invokeAll(calls)) {
                assertThat(result.get()).isEqualTo(Instant.parse("2026-11-25T02:00:02Z"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(logins).as("the first login and one shared re-login").hasValue(2);
        assertThat(session.reloginCount()).isEqualTo(1);
    }
}
