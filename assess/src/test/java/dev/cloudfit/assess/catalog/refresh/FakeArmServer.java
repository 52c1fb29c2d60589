package dev.cloudfit.assess.catalog.refresh;

import com.sun.net.httpserver.HttpExchange;
import dev.cloudfit.testkit.tls.LoopbackHttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local stand-in for Azure Resource Manager's Resource SKUs endpoint (ARM has no emulator): HTTPS on
 * 127.0.0.1 with a fresh self-signed certificate (the SDK's bearer-token policy refuses plain HTTP),
 * which only the test's own HTTP client trusts. Records every request's path, query and Authorization
 * header; a {@link Handler} decides each answer.
 */
final class FakeArmServer implements AutoCloseable {

    private LoopbackHttpsServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Handler handler = (r, x) -> respond(x, 404, "{}", null);

    record Request(String path, String query, String authorization) {
    }

    @FunctionalInterface
    interface Handler {
        void handle(Request request, HttpExchange exchange) throws IOException;
    }

    private FakeArmServer() {
    }

    static FakeArmServer start(Path scratch) {
        FakeArmServer fake = new FakeArmServer();
        fake.server = LoopbackHttpsServer.start(scratch, "fake-arm", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                Request r = new Request(exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(),
                        exchange.getRequestHeaders().getFirst("Authorization"));
                fake.requests.add(r);
                fake.handler.handle(r, exchange);
            }
        });
        return fake;
    }

    URI endpoint() {
        return server.baseUri();
    }

    X509Certificate certificate() {
        return server.certificate();
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
        server.close();
    }
}
