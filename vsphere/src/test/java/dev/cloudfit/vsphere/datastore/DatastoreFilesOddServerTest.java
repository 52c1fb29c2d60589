package dev.cloudfit.vsphere.datastore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.http.VcenterHttp;
import dev.cloudfit.vsphere.session.Credentials;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.SoapTransport;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.testing.LocalHttpsServer;
import dev.cloudfit.vsphere.tls.VcenterTls;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Datastore reads against a scripted vCenter: what is asked for (path and query quoting, Range, cookie),
 * and resuming after answers that are cut short, which vcsim never does.
 */
class DatastoreFilesOddServerTest {

    private static final String SERVICE_CONTENT = "<RetrieveServiceContentResponse xmlns=\"urn:vim25\"><returnval>"
            + "<rootFolder type=\"Folder\">group-d1</rootFolder>"
            + "<propertyCollector type=\"PropertyCollector\">propertyCollector</propertyCollector>"
            + "<about><name>VMware VirtualCenter</name><fullName>VMware vCenter Server 8.0.2 build-1</fullName>"
            + "<vendor>VMware, Inc.</vendor><version>8.0.2</version><build>1</build><osType>linux-x64</osType>"
            + "<apiType>VirtualCenter</apiType><apiVersion>8.0.2.0</apiVersion>"
            + "<instanceUuid>6f3a1c9e-0000-4000-8000-000000000001</instanceUuid></about>"
            + "<sessionManager type=\"SessionManager\">SessionManager</sessionManager>"
            + "</returnval></RetrieveServiceContentResponse>";
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d+)");

    @TempDir
    static Path scratch;
    private static LocalHttpsServer server;
    private final byte[] file = new byte[3 << 20];
    private final List<String> fileRequests = new CopyOnWriteArrayList<>();
    private final AtomicInteger logins = new AtomicInteger();
    /** The only session cookie the fake accepts (the last login's), or null for none. */
    private final java.util.concurrent.atomic.AtomicReference<String> validCookie =
            new java.util.concurrent.atomic.AtomicReference<>();
    /** How many of the next file answers are cut after 100,000 bytes. */
    private final AtomicInteger cutNext = new AtomicInteger();
    /** How many of the next file answers stall after 100,000 bytes, until the test ends. */
    private final AtomicInteger stallNext = new AtomicInteger();
    private final java.util.concurrent.CountDownLatch testOver = new java.util.concurrent.CountDownLatch(1);

    @org.junit.jupiter.api.AfterEach
    void releaseStalledAnswers() {
        testOver.countDown();
    }

    @BeforeAll
    static void start() {
        server = LocalHttpsServer.start(scratch); // one per class: making its key pair takes seconds
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void answerAsAVcenter() {
        new Random(7).nextBytes(file);
        server.answer(this::answer);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = LocalHttpsServer.requestBody(exchange);
        if (exchange.getRequestURI().getPath().startsWith("/folder/")) {
            serveFile(exchange);
        } else if (body.contains("<RetrieveServiceContent ")) {
            LocalHttpsServer.respond(exchange, 200, "text/xml", LocalHttpsServer.envelope(SERVICE_CONTENT));
        } else if (body.contains("<RetrievePropertiesEx ")) {
            String cookie = exchange.getRequestHeaders().getFirst("Cookie");
            String session = cookie != null && cookie.equals(validCookie.get())
                    ? "<objects><obj type=\"SessionManager\">SessionManager</obj><propSet><name>currentSession</name>"
                            + "<val xsi:type=\"UserSession\"><key>k</key><userName>u</userName>"
                            + "<loginTime>2026-11-25T02:00:00Z</loginTime></val></propSet></objects>"
                    : ""; // vCenter leaves currentSession unset for a session that is gone
            LocalHttpsServer.respond(exchange, 200, "text/xml", LocalHttpsServer.envelope(
                    "<RetrievePropertiesExResponse xmlns=\"urn:vim25\"><returnval>" + session
                            + "</returnval></RetrievePropertiesExResponse>"));
        } else if (body.contains("<Login ")) {
            String cookie = "vmware_soap_session=s3cr3t-" + logins.incrementAndGet();
            validCookie.set(cookie);
            exchange.getResponseHeaders().add("Set-Cookie", cookie + "; Path=/; HttpOnly");
            LocalHttpsServer.respond(exchange, 200, "text/xml", LocalHttpsServer.envelope("<LoginResponse xmlns=\"urn:vim25\">"
                    + "<returnval><key>k</key><userName>u</userName><loginTime>2026-11-25T02:00:00Z</loginTime>"
                    + "</returnval></LoginResponse>"));
        } else {
            LocalHttpsServer.respond(exchange, 500, "text/plain", "unexpected");
        }
    }

    private void serveFile(HttpExchange exchange) throws IOException {
        String range = exchange.getRequestHeaders().getFirst("Range");
        String cookie = exchange.getRequestHeaders().getFirst("Cookie");
        fileRequests.add(exchange.getRequestURI().getRawPath() + "?" + exchange.getRequestURI().getRawQuery() + " " + range
                + " " + cookie);
        if (cookie == null || !cookie.equals(validCookie.get())) {
            LocalHttpsServer.respond(exchange, 401, "text/plain", "");
            return;
        }
        if (!exchange.getRequestURI().getRawPath().equals("/folder/my%20vm/my%20vm-flat.vmdk")) {
            LocalHttpsServer.respond(exchange, 404, "text/plain", "");
            return;
        }
        Matcher m = RANGE.matcher(range == null ? "" : range);
        if (!m.matches()) {
            LocalHttpsServer.respond(exchange, 400, "text/plain", "ranges only");
            return;
        }
        int first = Integer.parseInt(m.group(1));
        int last = Math.min(Integer.parseInt(m.group(2)), file.length - 1);
        int length = last - first + 1;
        exchange.getResponseHeaders().set("Content-Range", "bytes " + first + "-" + last + "/" + file.length);
        exchange.sendResponseHeaders(206, length);
        OutputStream out = exchange.getResponseBody();
        if (stallNext.getAndDecrement() > 0 && length > 100_000) {
            out.write(file, first, 100_000);
            out.flush();
            try {
                testOver.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        if (cutNext.getAndDecrement() > 0 && length > 100_000) {
            out.write(file, first, 100_000);
            out.flush();
            return; // the exchange is closed short of its declared length: the connection drops

        }
        out.write(file, first, length);
        out.close();
    }

    private DatastoreFiles files(int resumes) {
        return files(resumes, TransportSettings.defaults());
    }

    private DatastoreFiles files(int resumes, TransportSettings settings) {
        VcenterSession session = VcenterSession.login(SoapTransport.open(server.endpoint(), VcenterTls.pinned(server.sha256()),
                TransportSettings.defaults()), new Credentials("u", "pw"));
        return new DatastoreFiles(new VcenterHttp(session, VcenterTls.pinned(server.sha256()), settings),
                "Europe/DC 1", resumes);
    }

    private static byte[] read(DatastoreFiles files, long offset, long length) {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        long[] expected = {offset};
        files.copy(new DatastorePath("ds one", "my vm/my vm-flat.vmdk"), offset, length, (at, bytes, n) -> {
            assertThat(at).as("bytes arrive in order, none twice").isEqualTo(expected[0]);
            expected[0] += n;
            got.write(bytes, 0, n);
        });
        return got.toByteArray();
    }

    @Test
    void asksForTheRangeWithQuotedNamesAndTheSessionCookie() {
        byte[] got = read(files(0), 1000, 5000);
        assertThat(got).isEqualTo(java.util.Arrays.copyOfRange(file, 1000, 6000));
        assertThat(fileRequests).containsExactly(
                "/folder/my%20vm/my%20vm-flat.vmdk?dcPath=Europe%2FDC%201&dsName=ds%20one bytes=1000-5999 vmware_soap_session=s3cr3t-1");
    }

    @Test
    void aCutAnswerIsResumedAtTheFirstByteNotDelivered() {
        cutNext.set(2);
        byte[] got = read(files(5), 12345, (2 << 20) + 7);
        assertThat(got).isEqualTo(java.util.Arrays.copyOfRange(file, 12345, 12345 + (2 << 20) + 7));
        assertThat(fileRequests).hasSize(3);
        assertThat(fileRequests.get(1)).contains("bytes=112345-" + (12345 + (2 << 20) + 6));
        assertThat(fileRequests.get(2)).contains("bytes=212345-");
    }

    @Test
    void aStalledAnswerIsGivenUpAfterTheRequestTimeoutAndResumed() {
        stallNext.set(1);
        DatastoreFiles files = files(2, TransportSettings.defaults().withRequestTimeout(java.time.Duration.ofSeconds(1)));
        byte[] got = read(files, 0, 300_000);
        assertThat(got).isEqualTo(java.util.Arrays.copyOfRange(file, 0, 300_000));
        assertThat(fileRequests).hasSize(2);
        assertThat(fileRequests.get(1)).contains("bytes=100000-299999");
    }

    @Test
    void anExpiredSessionIsRenewedOnceAndTheCopyGoesOn() {
        DatastoreFiles files = files(0);
        validCookie.set(null); // the session expired while nothing was asked of vCenter
        byte[] got = read(files, 0, 4096);
        assertThat(got).isEqualTo(java.util.Arrays.copyOfRange(file, 0, 4096));
        assertThat(logins).hasValue(2);
        assertThat(fileRequests).hasSize(2);
        assertThat(fileRequests.get(0)).endsWith("vmware_soap_session=s3cr3t-1");
        assertThat(fileRequests.get(1)).endsWith("vmware_soap_session=s3cr3t-2");
    }

    @Test
    void aRefusalThatARenewalDoesNotCureNamesThePrivilege() {
        DatastoreFiles files = files(3);
        server.answer(exchange -> {
            if (exchange.getRequestURI().getPath().startsWith("/folder/")) {
                fileRequests.add("refused");
                LocalHttpsServer.respond(exchange, 401, "text/plain", "");
            } else {
                answer(exchange);
            }
        });
        assertThatThrownBy(() -> read(files, 0, 10)).isInstanceOf(ExternalSystemException.class)
                .hasMessage("vCenter refused to read datastore file [ds one] my vm/my vm-flat.vmdk (HTTP 401):"
                        + " the user needs the Datastore.Browse privilege on datastore ds one");
        assertThat(fileRequests).hasSize(2);
    }

    @Test
    void moreCutsThanResumesFailNamingTheFileAndTheByte() {
        cutNext.set(10);
        assertThatThrownBy(() -> read(files(1), 0, 1 << 20))
                .isInstanceOf(ExternalSystemException.class)
                .hasMessageContaining("[ds one] my vm/my vm-flat.vmdk")
                .hasMessageContaining("failed at byte 200000 after 1 resumes");
    }

    @Test
    void aMissingFileIsNamed() {
        DatastoreFiles files = files(3);
        assertThatThrownBy(() -> files.copy(new DatastorePath("ds one", "other/x-flat.vmdk"), 0, 10, (a, b, n) -> { }))
                .isInstanceOf(ExternalSystemException.class)
                .hasMessage("datastore file [ds one] other/x-flat.vmdk does not exist in datacenter Europe/DC 1");
        assertThat(fileRequests).hasSize(1);
    }
}
