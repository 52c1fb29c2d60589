package dev.cloudfit.testkit.azurite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AzuriteLifecycleTest {

    @Test
    void servesTheDevelopmentAccountOnLoopbackAndStops() throws Exception {
        Azurite azurite = Azurite.start();
        ProcessHandle process = ProcessHandle.of(azurite.pid()).orElseThrow();
        try {
            assertThat(azurite.blobEndpoint().toString()).matches("http://127\\.0\\.0\\.1:\\d+/devstoreaccount1");
            assertThat(azurite.connectionString())
                    .startsWith("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8")
                    .endsWith(";BlobEndpoint=" + azurite.blobEndpoint() + ";");
            // an anonymous request is refused by the storage service itself: proof it is Azurite answering
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(azurite.blobEndpoint() + "?comp=list")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isIn(401, 403);
            assertThat(response.headers().firstValue("x-ms-request-id")).isPresent();
        } finally {
            azurite.close();
        }
        assertThat(process.isAlive()).isFalse();
        assertThat(azurite.isRunning()).isFalse();
        try (Socket socket = new Socket()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> socket.connect(new InetSocketAddress("127.0.0.1", azurite.port()), 1000))
                    .isInstanceOf(java.net.ConnectException.class);
        }
    }

    /** The preloaded watchdog ends Node when stdin closes, i.e. when the test JVM goes away. */
    @Test
    void watchdogEndsNodeAtEndOfStdin(@TempDir Path dir) throws Exception {
        Path watchdog = dir.resolve("watchdog.js");
        try (InputStream in = Azurite.class.getResourceAsStream("/dev/cloudfit/testkit/azurite/stdin-watchdog.js")) {
            Files.copy(in, watchdog);
        }
        ProcessBuilder builder = new ProcessBuilder("node", "-e", "setInterval(() => {}, 1000)")
                .redirectErrorStream(true);
        builder.environment().put("NODE_OPTIONS", "--require \"" + watchdog + "\"");
        Process node = builder.start();
        try {
            assertThat(node.waitFor(1, TimeUnit.SECONDS)).as("node keeps running while stdin is open").isFalse();
            node.getOutputStream().close();
            assertThat(node.waitFor(10, TimeUnit.SECONDS)).as("node ends once stdin is closed").isTrue();
        } finally {
            node.destroyForcibly();
        }
    }
}
