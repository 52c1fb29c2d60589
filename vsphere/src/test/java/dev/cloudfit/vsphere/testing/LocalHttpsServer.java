package dev.cloudfit.vsphere.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.cloudfit.testkit.tls.LoopbackHttpsServer;
import dev.cloudfit.vsphere.soap.VcenterEndpoint;
import dev.cloudfit.vsphere.tls.Thumbprint;
import dev.cloudfit.vsphere.tls.ThumbprintAlgorithm;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTPS server on 127.0.0.1 with a fresh self-signed certificate (made by the JDK's
 * {@code keytool}), for the odd and hostile answers vcsim cannot give: HTML pages, 404s, XXE,
 * stalls. Each request's body and headers are recorded; the handler decides the answer.
 */
public final class LocalHttpsServer implements AutoCloseable {

    /** The request body of each exchange being answered, by exchange identity. */

    private static final java.util.Map<HttpExchange, String> BODIES = new java.util.concurrent.ConcurrentHashMap<>();

    private LoopbackHttpsServer server;
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

    private LocalHttpsServer() {
    }

    /**
     * @param scratch a directory for the key store
     * @return a started server
     */
    public static LocalHttpsServer start(Path scratch) {
        LocalHttpsServer local = new LocalHttpsServer();
        local.server = LoopbackHttpsServer.start(scratch, "local-https-server", local.dispatcher());
        return local;
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
        return new VcenterEndpoint(URI.create("https://127.0.0.1:" + server.port() + "/sdk"));
    }

    /** @return the server certificate's SHA-256 thumbprint */
    public Thumbprint sha256() {
        return Thumbprint.of(ThumbprintAlgorithm.SHA_256, server.certificate());
    }

    /** @return what the server received so far */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.close();
    }
}
