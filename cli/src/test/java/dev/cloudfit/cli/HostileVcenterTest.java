package dev.cloudfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import dev.cloudfit.testkit.tls.LoopbackHttpsServer;
import dev.cloudfit.testkit.tls.PinnedCertificate;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code collect} against a broken vCenter on loopback (pinned by thumbprint): a NUL in the answer, a fault that
 * echoes the request at length. Exit 3, one line, no stack trace, nothing written to the workspace.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileVcenterTest {

    @TempDir
    static Path scratch;
    @TempDir
    Path dir;

    private static final AtomicReference<String> ANSWER = new AtomicReference<>();
    private static LoopbackHttpsServer server;

    @BeforeAll
    static void start() {
        server = LoopbackHttpsServer.start(scratch, "hostile-vcenter", HostileVcenterTest::answer);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String body = ANSWER.get().replace("ECHO", request.replace("<", "&lt;").replace(">", "&gt;"));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
        exchange.sendResponseHeaders(body.contains("Fault") ? 500 : 200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String envelope(String content) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope"
                + " xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>" + content
                + "</soapenv:Body></soapenv:Envelope>";
    }

    private CommandRun collect() {
        // HOME is set in every test JVM: the (loopback, fake) vCenter's password never matters here
        return CommandRun.of("collect", "--vcenter", "127.0.0.1:" + server.port(), "--user", "u", "--password-env",
                "HOME", "--thumbprint", new PinnedCertificate(server.certificate()).sha256Thumbprint(), "--workspace",
                dir.resolve("ws").toString());
    }

    @Test
    void aNulCharacterInTheAnswerIsExitThree() {
        for (String nul : new String[] {"\u0000", "&#0;"}) {
            ANSWER.set(envelope("<RetrieveServiceContentResponse xmlns=\"urn:vim25\"><returnval><about><name>x" + nul
                    + "</name></about></returnval></RetrieveServiceContentResponse>"));
            CommandRun run = collect().failsWith(3);
            assertThat(run.err()).contains("answered with malformed XML");
        }
    }

    @Test
    void aFaultThatEchoesTheRequestIsCutToOneShortLine() {
        ANSWER.set(envelope("<soapenv:Fault><faultcode>soapenv:Client</faultcode><faultstring>Unable to parse "
                + "ECHO " + "y".repeat(100_000) + "</faultstring></soapenv:Fault>"));
        CommandRun run = collect().failsWith(3);
        assertThat(run.err()).contains("Unable to parse [XML echoed by the server left out]")
                .doesNotContain("RetrieveServiceContent xmlns").hasSizeLessThan(700);
    }
}
