package dev.cloudfit.testkit.tls;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A started HTTPS server on 127.0.0.1 (a free port) with a fresh self-signed EC certificate for
 * {@code ip:127.0.0.1}, made by the JDK's own {@code keytool}: the base of the tests' scripted servers
 * (odd vCenter answers, the fake Azure Resource Manager). Nothing trusts the certificate unless a test
 * pins it; its handler threads are daemons, so a handler that stalls on purpose cannot keep the JVM alive.
 */
public final class LoopbackHttpsServer implements AutoCloseable {

    private static final char[] STORE_PASSWORD = "test-only-keystore".toCharArray();

    private final HttpsServer server;
    private final X509Certificate certificate;

    private LoopbackHttpsServer(HttpsServer server, X509Certificate certificate) {
        this.server = server;
        this.certificate = certificate;
    }

    /**
     * @param scratch    a directory for the key store
     * @param threadName the name of the handler threads
     * @param handler    answers every request under {@code /}
     * @return the started server
     */
    public static LoopbackHttpsServer start(Path scratch, String threadName, HttpHandler handler) {
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
                Thread thread = new Thread(runnable, threadName);
                thread.setDaemon(true);
                return thread;
            }));
            server.createContext("/", handler);
            server.start();
            return new LoopbackHttpsServer(server, (X509Certificate) keys.getCertificate("server"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** @return the port the server listens on */
    public int port() {
        return server.getAddress().getPort();
    }

    /** @return {@code https://127.0.0.1:PORT/} */
    public URI baseUri() {
        return URI.create("https://127.0.0.1:" + port() + "/");
    }

    /** @return the server's self-signed certificate */
    public X509Certificate certificate() {
        return certificate;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
