package dev.cloudfit.testkit.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A plain HTTP/1.1 server on 127.0.0.1 (a free port) that answers each request with what a script returns for its
 * path and query, one connection per request ({@code Connection: close}). Written on raw sockets so a test controls
 * every byte and every stall (see {@link ScriptedReply}). Only loopback: it never binds another address. Its
 * threads are daemons, and {@link #close()} ends every stall and connection.
 */
public final class ScriptedHttpServer implements AutoCloseable {

    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private final ServerSocket socket;
    private final Function<URI, ScriptedReply> script;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "scripted-http");
        t.setDaemon(true);
        return t;
    });
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<URI> requests = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    private ScriptedHttpServer(ServerSocket socket, Function<URI, ScriptedReply> script) {
        this.socket = socket;
        this.script = script;
    }

    /** Starts a server answering every request with {@code script.apply(path and query)}. */
    public static ScriptedHttpServer start(Function<URI, ScriptedReply> script) {
        try {
            ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            ScriptedHttpServer server = new ScriptedHttpServer(socket, script);
            server.threads.execute(server::acceptLoop);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:PORT} followed by {@code path}. */
    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Every request's path and query, in arrival order. */
    public List<URI> requests() {
        return List.copyOf(requests);
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                open.add(client);
                threads.execute(() -> serve(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            String head = readHead(in);
            if (head == null) {
                return;
            }
            String[] requestLine = head.split("\r\n", 2)[0].split(" ");
            URI target = URI.create(requestLine.length > 1 ? requestLine[1] : "/");
            requests.add(target);
            ScriptedReply reply = script.apply(target);
            if (reply.stallAtByte() == ScriptedReply.BEFORE_HEADERS) {
                closed.await();
                return;
            }
            OutputStream out = client.getOutputStream();
            StringBuilder response = new StringBuilder("HTTP/1.1 " + reply.status() + " Scripted\r\n");
            for (Map.Entry<String, String> h : reply.headers().entrySet()) {
                response.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
            }
            response.append("Content-Length: ").append(reply.body().length).append("\r\n");
            response.append("Connection: close\r\n\r\n");
            out.write(response.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (reply.stallAtByte() >= 0) {
                out.write(reply.body(), 0, Math.min(reply.stallAtByte(), reply.body().length));
                out.flush();
                closed.await();
                return;
            }
            out.write(reply.body());
            out.flush();
        } catch (SocketException e) {
            // the client went away (as a bounded client does when it gives up): nothing to answer
        } catch (IOException e) {
            // same: a test server has no one to tell
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.remove(client);
        }
    }

    /** The request line and headers (a request body, which these clients never send, is not read). */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
            if (head.size() > MAX_HEADER_BYTES) {
                return null;
            }
        }
        return null;
    }

    @Override
    public void close() {
        closed.countDown();
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        threads.shutdownNow();
    }
}
