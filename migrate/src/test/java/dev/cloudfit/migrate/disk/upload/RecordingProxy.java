package dev.cloudfit.migrate.disk.upload;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP relay in front of Azurite that records every request the uploader makes (what it
 * is, its range, its body's length, the answer), answers chosen Put Page requests with an error
 * instead of forwarding them, and can hold every Put Page after the first N until it is closed:
 * a process stopped there has written exactly N pages requests, deterministically.
 */
public final class RecordingProxy implements AutoCloseable {

    /** One request as it arrived. */
    public record Exchange(String method, String comp, String pageWrite, String range, long bodyBytes, int status) {

        public boolean isPutPage() {
            return method.equals("PUT") && "page".equals(comp);
        }

        public boolean isUpdate() {
            return isPutPage() && "update".equals(pageWrite);
        }

        public long rangeStart() {
            return Long.parseLong(range.substring(6, range.indexOf('-')));
        }

        public long rangeEnd() {
            return Long.parseLong(range.substring(range.indexOf('-') + 1)) + 1;
        }
    }

    private static final Set<String> HOP = Set.of("host", "content-length", "connection", "transfer-encoding", "expect",
            "upgrade", "keep-alive", "date");

    private final HttpServer server;
    private final URI target;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Exchange> exchanges = new ArrayList<>();
    private final AtomicInteger updates = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile int holdAfterUpdates = Integer.MAX_VALUE;
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile int failureStatus;
    private volatile String retryAfter;
    private final AtomicInteger stallsLeft = new AtomicInteger();
    private volatile java.time.Duration stall;
    private volatile CountDownLatch together = new CountDownLatch(0);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    public RecordingProxy(URI target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "recording-proxy");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    /** @return {@code url} (of the target) with the proxy's host and port instead */
    public String via(String url) {
        URI u = URI.create(url);
        return "http://127.0.0.1:" + server.getAddress().getPort() + u.getRawPath()
                + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    /** Holds every Put Page update after the first {@code n} until {@link #close()}. */
    public void holdAfterUpdates(int n) {
        holdAfterUpdates = n;
    }

    /** The next {@code n} Put Page requests get {@code status} (with {@code Retry-After}, when not null). */
    public void failNextPutPages(int n, int status, String retryAfterSeconds) {
        failureStatus = status;
        retryAfter = retryAfterSeconds;
        failuresLeft.set(n);
    }

    /** Lets held requests go (unanswered: their client is gone) and forwards every later one. */
    public void release() {
        holdAfterUpdates = Integer.MAX_VALUE;
        released.countDown();
    }

    /** The next {@code n} Put Page requests get no answer for {@code d}, then none at all: a timeout. */
    public void stallNextPutPages(int n, java.time.Duration d) {
        stall = d;
        stallsLeft.set(n);
    }

    /** The first {@code n} Put Page requests wait until all {@code n} are here at once (60 s at most). */
    public void gatherFirstPutPages(int n) {
        together = new CountDownLatch(n);
    }

    /** @return the most Put Page requests the proxy had at the same time */
    public int maxPutPagesInFlight() {
        return maxInFlight.get();
    }

    public synchronized List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String query = ex.getRequestURI().getRawQuery();
            String comp = param(query, "comp");
            String pageWrite = ex.getRequestHeaders().getFirst("x-ms-page-write");
            String range = ex.getRequestHeaders().getFirst("x-ms-range");
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            boolean putPage = ex.getRequestMethod().equals("PUT") && "page".equals(comp);
            if (putPage && "update".equals(pageWrite) && updates.incrementAndGet() > holdAfterUpdates) {
                released.await();
                return; // the client is gone or the test is over: answer nothing
            }
            if (putPage) {
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            }
            try {
                if (putPage && together.getCount() > 0) {
                    together.countDown();
                    together.await(60, java.util.concurrent.TimeUnit.SECONDS);
                }
                forwardOrFail(ex, query, comp, pageWrite, range, body, putPage);
            } finally {
                if (putPage) {
                    inFlight.decrementAndGet();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void forwardOrFail(HttpExchange ex, String query, String comp, String pageWrite, String range, byte[] body,
            boolean putPage) throws IOException, InterruptedException {
        {
            if (putPage && stallsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                record(ex, comp, pageWrite, range, body.length, 0); // status 0: never answered
                Thread.sleep(stall.toMillis());
                return; // dropped unanswered
            }
            if (putPage && failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                if (retryAfter != null) {
                    ex.getResponseHeaders().add("Retry-After", retryAfter);
                }
                ex.sendResponseHeaders(failureStatus, -1);
                record(ex, comp, pageWrite, range, body.length, failureStatus);
                return;
            }
            HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(target.getScheme() + "://" + target.getRawAuthority()
                    + ex.getRequestURI().getRawPath() + (query == null ? "" : "?" + query)));
            ex.getRequestHeaders().forEach((name, values) -> {
                if (!HOP.contains(name.toLowerCase())) {
                    values.forEach(v -> forward.header(name, v));
                }
            });
            forward.method(ex.getRequestMethod(), body.length == 0 && !ex.getRequestMethod().equals("PUT")
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            HttpResponse<byte[]> answer = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().map().forEach((name, values) -> {
                if (!HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    values.forEach(v -> ex.getResponseHeaders().add(name, v));
                }
            });
            record(ex, comp, pageWrite, range, body.length, answer.statusCode());
            if (ex.getRequestMethod().equals("HEAD")) {
                answer.headers().firstValue("Content-Length").ifPresent(l -> ex.getResponseHeaders().set("Content-Length", l));
                ex.sendResponseHeaders(answer.statusCode(), -1);
            } else if (answer.body().length == 0) {
                ex.sendResponseHeaders(answer.statusCode(), -1);
            } else {
                ex.sendResponseHeaders(answer.statusCode(), answer.body().length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(answer.body());
                }
            }
        }
    }

    private synchronized void record(HttpExchange ex, String comp, String pageWrite, String range, long bytes, int status) {
        exchanges.add(new Exchange(ex.getRequestMethod(), comp, pageWrite, range, bytes, status));
    }

    private static String param(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String p : query.split("&")) {
            if (p.startsWith(name + "=")) {
                return p.substring(name.length() + 1);
            }
        }
        return null;
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
