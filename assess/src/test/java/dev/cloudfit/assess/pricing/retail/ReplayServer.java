package dev.cloudfit.assess.pricing.retail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the Retail Prices API on 127.0.0.1 (a free port), replaying scripted replies. A request is
 * keyed by its {@code page} query parameter, or, for a first page, by its decoded {@code $filter}; each key has a
 * queue of replies, the last of which repeats. Requests are recorded, and the most requests in flight at once is
 * tracked.
 */
final class ReplayServer implements AutoCloseable {

    /**
     * One scripted answer. {@code truncateAt} >= 0 sends only that many body bytes, then drops the connection, or,
     * with {@code stallMillis} > 0, waits that long first (a stalled transfer).
     */
    record Reply(int status, Map<String, String> headers, byte[] body, long delayMillis, int truncateAt,
            long stallMillis) {

        static Reply json(byte[] body) {
            return new Reply(200, Map.of("Content-Type", "application/json; charset=utf-8"), body, 0, -1, 0);
        }

        static Reply json(String body) {
            return json(body.getBytes(StandardCharsets.UTF_8));
        }

        static Reply status(int status, Map<String, String> headers, String body) {
            return new Reply(status, headers, body.getBytes(StandardCharsets.UTF_8), 0, -1, 0);
        }

        Reply delayed(long millis) {
            return new Reply(status, headers, body, millis, truncateAt, stallMillis);
        }

        Reply truncatedAt(int bytes) {
            return new Reply(status, headers, body, delayMillis, bytes, stallMillis);
        }

        Reply stalledAt(int bytes, long millis) {
            return new Reply(status, headers, body, delayMillis, bytes, millis);
        }
    }

    record Request(URI uri, String userAgent) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "replay-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Deque<Reply>> script = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    ReplayServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/retail/prices");
    }

    /** The URL a NextPageLink should carry to reach page {@code key}. */
    String pageLink(String key) {
        return endpoint() + "?page=" + key;
    }

    ReplayServer on(String key, Reply... replies) {
        script.put(key, new ArrayDeque<>(List.of(replies)));
        return this;
    }

    List<Request> requests() {
        return requests;
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            URI uri = exchange.getRequestURI();
            requests.add(new Request(uri, exchange.getRequestHeaders().getFirst("User-Agent")));
            Reply reply = next(key(uri));
            if (reply == null) {
                send(exchange, Reply.status(404, Map.of("Content-Type", "text/plain"), "no script for " + uri));
                return;
            }
            if (reply.delayMillis() > 0) {
                Thread.sleep(reply.delayMillis());
            }
            send(exchange, reply);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
            exchange.close();
        }
    }

    private Reply next(String key) {
        Deque<Reply> queue = script.get(key);
        if (queue == null) {
            return null;
        }
        synchronized (queue) {
            return queue.size() > 1 ? queue.poll() : queue.peek();
        }
    }

    private static String key(URI uri) {
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        String filter = "";
        for (String part : query.split("&")) {
            int eq = part.indexOf('=');
            String name = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
            if (name.equals("page")) {
                return value;
            }
            if (name.equals("$filter")) {
                filter = value;
            }
        }
        return filter;
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException, InterruptedException {
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
        if (reply.body().length == 0) {
            return;
        }
        OutputStream out = exchange.getResponseBody();
        if (reply.truncateAt() >= 0) {
            out.write(reply.body(), 0, reply.truncateAt());
            out.flush();
            if (reply.stallMillis() > 0) {
                Thread.sleep(reply.stallMillis());
            }
            // closing the exchange with bytes missing drops the connection: the client sees a broken body
            return;
        }
        out.write(reply.body());
        out.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
