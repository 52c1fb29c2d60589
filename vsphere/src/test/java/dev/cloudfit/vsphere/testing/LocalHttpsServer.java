package dev.cloudfit.vsphere.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.cloudfit.vsphere.soap.VcenterEndpoint;
import dev.cloudfit.vsphere.tls.Thumbprint;
import dev.cloudfit.vsphere.tls.ThumbprintAlgorithm;
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
 * An HTTPS server on 127.0.0.1 with a fresh self-signed certificate (made by the JDK's
 * {@code keytool}), for the odd and hostile answers vcsim cannot give: HTML pages, 404s, XXE,
 * stalls. Each request's body and headers are recorded; the handler decides the answer.
 */
public final class LocalHttpsServer implements AutoCloseable {

    /** The request body of each exchange being answered, by exchange identity. */

    private static final java.util.Map<HttpExchange, String> BODIES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final char[] STORE_PASSWORD = "test-only-keystore".toCharArray();

    private final HttpsServer server;
    private final X509Certificate certificate;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Handler handler = exchange -> respond(exchange, 404, "text/plain", "no handler");

    /** One recorded request. */
    public record Request(String body, String cookie, String soapAction) {
    }

    /** Answers one request. */
    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private LocalHttpsServer(HttpsServer server, X509Certificate certificate) {
        this.server = server;
        this.certificate = certificate;
    }

    /**
     * @param scratch a directory for the key store
     * @return a started server
     */
    public static LocalHttpsServer start(Path scratch) {
        try {
            Path store = scratch.resolve("server-" + System.nanoTime() + ".p12");
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=cloudfit-test", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
                    "-keystore", store.toString(), "-storetype", "PKCS12",
                    "-storepass", new String(STORE_PASSWORD), "-keypass", new String(STORE_PASSWORD))
                    .redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, STORE_PASSWORD);
            }
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, STORE_PASSWORD);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keyManagers.getKeyManagers(), null, null);
            HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            server.setExecutor(Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "local-https-server");
                thread.setDaemon(true); // a handler that stalls on purpose must not keep the JVM alive
                return thread;
            }));
            LocalHttpsServer local = new LocalHttpsServer(server, (X509Certificate) keys.getCertificate("server"));
            server.createContext("/", local.dispatcher());
            server.start();
            return local;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpHandler dispatcher() {
        return exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                requests.add(new Request(body, exchange.getRequestHeaders().getFirst("Cookie"),
                        exchange.getRequestHeaders().getFirst("SOAPAction")));
                // not exchange.setAttribute: on JDK 17 exchange attributes live in the shared HttpContext,
                // so concurrent requests would overwrite each other's body
                BODIES.put(exchange, body);
                try {
                    handler.handle(exchange);
                } finally {
                    BODIES.remove(exchange);
                }
            }
        };
    }

    /** @return the body of the request being answered (the server has read it already) */
    public static String requestBody(HttpExchange exchange) {
        return BODIES.get(exchange);
    }

    /** Sets how the server answers from now on. */
    public void answer(Handler answer) {
        this.handler = answer;
    }

    /** Answers every request with this status, content type and body. */
    public void answer(int status, String contentType, String body) {
        answer(exchange -> respond(exchange, status, contentType, body));
    }

    /** Writes one response. */
    public static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** @return a SOAP envelope around the body content */
    public static String envelope(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope"
                + " xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>"
                + body + "</soapenv:Body></soapenv:Envelope>";
    }

    /** @return {@code https://127.0.0.1:PORT/sdk} */
    public VcenterEndpoint endpoint() {
        return new VcenterEndpoint(URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/sdk"));
    }

    /** @return the server certificate's SHA-256 thumbprint */
    public Thumbprint sha256() {
        return Thumbprint.of(ThumbprintAlgorithm.SHA_256, certificate);
    }

    /** @return what the server received so far */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
