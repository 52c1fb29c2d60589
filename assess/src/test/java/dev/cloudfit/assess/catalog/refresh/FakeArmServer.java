package dev.cloudfit.assess.catalog.refresh;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A local stand-in for Azure Resource Manager's Resource SKUs endpoint (ARM has no emulator): HTTPS on
 * 127.0.0.1 with a fresh self-signed certificate (the SDK's bearer-token policy refuses plain HTTP),
 * which only the test's own HTTP client trusts. Records every request's path, query and Authorization
 * header; a {@link Handler} decides each answer.
 */
final class FakeArmServer implements AutoCloseable {

    private static final char[] PASSWORD = "test-only-keystore".toCharArray();

    private final HttpsServer server;
    private final X509Certificate certificate;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Handler handler = (r, x) -> respond(x, 404, "{}", null);

    record Request(String path, String query, String authorization) {
    }

    @FunctionalInterface
    interface Handler {
        void handle(Request request, HttpExchange exchange) throws IOException;
    }

    private FakeArmServer(HttpsServer server, X509Certificate certificate) {
        this.server = server;
        this.certificate = certificate;
    }

    static FakeArmServer start(Path scratch) {
        try {
            Path store = scratch.resolve("arm-" + System.nanoTime() + ".p12");
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "arm", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=fake-arm", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
                    "-keystore", store.toString(), "-storetype", "PKCS12",
                    "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                    .redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, PASSWORD);
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, PASSWORD);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(kmf.getKeyManagers(), null, null);
            HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "fake-arm");
                t.setDaemon(true);
                return t;
            }));
            FakeArmServer fake = new FakeArmServer(server, (X509Certificate) keys.getCertificate("arm"));
            server.createContext("/", exchange -> {
                try (exchange) {
                    exchange.getRequestBody().readAllBytes();
                    Request r = new Request(exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(),
                            exchange.getRequestHeaders().getFirst("Authorization"));
                    fake.requests.add(r);
                    fake.handler.handle(r, exchange);
                }
            });
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI endpoint() {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    X509Certificate certificate() {
        return certificate;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    void handler(Handler h) {
        this.handler = h;
    }

    static void respond(HttpExchange x, int status, String json, String retryAfter) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        if (retryAfter != null) {
            x.getResponseHeaders().set("Retry-After", retryAfter);
        }
        x.sendResponseHeaders(status, body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
