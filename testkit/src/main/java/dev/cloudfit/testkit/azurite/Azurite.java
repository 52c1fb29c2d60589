package dev.cloudfit.testkit.azurite;

import dev.cloudfit.testkit.process.ChildProcess;
import dev.cloudfit.testkit.process.MissingTestToolException;
import dev.cloudfit.testkit.process.TemporaryDirectory;
import dev.cloudfit.testkit.process.ToolsDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A running Azurite blob service (npm package {@code azurite}, installed by {@code ./test}) on a
 * free loopback port, with its data in a private temporary directory; {@link #close()} stops it
 * and deletes the data.
 *
 * <p>Azurite accepts only its development account, whose name and key are public constants
 * documented by Microsoft; {@link #connectionString()} uses them. It is started with
 * {@code --skipApiVersionCheck} (the Azure SDK may be newer than the emulator) and
 * {@code --disableTelemetry} (tests send nothing anywhere).
 *
 * <p>In JUnit 5 tests, {@link WithAzurite} starts one per test class instead.
 */
public final class Azurite implements AutoCloseable {

    /** The development storage account's name, the same in every Azurite. */
    public static final String ACCOUNT_NAME = "devstoreaccount1";

    /** The development storage account's key: public, documented, not a secret. */
    public static final String ACCOUNT_KEY =
            "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static final Pattern READY = Pattern.compile(
            "Azurite Blob service successfully listens on http://127\\.0\\.0\\.1:(\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final String WATCHDOG = "/dev/cloudfit/testkit/azurite/stdin-watchdog.js";

    private final TemporaryDirectory scratch;
    private final ChildProcess process;
    private final int port;

    private Azurite(TemporaryDirectory scratch, ChildProcess process, int port) {
        this.scratch = scratch;
        this.process = process;
        this.port = port;
    }

    /** @return where {@code ./test} installs the blob service's launcher */
    static Path launcher() {
        return ToolsDirectory.path().resolve("azurite/node_modules/.bin/azurite-blob");
    }

    /**
     * Starts the blob service and waits until it accepts connections.
     *
     * @return the running emulator
     * @throws MissingTestToolException when Azurite is not installed
     * @throws IllegalStateException when it fails to start
     */
    public static Azurite start() {
        return start(launcher());
    }

    /**
     * @param launcher the {@code azurite-blob} launcher to run
     * @return the running emulator
     */
    static Azurite start(Path launcher) {
        if (!Files.isExecutable(launcher)) {
            throw new MissingTestToolException("Azurite is not installed: " + launcher + " is missing");
        }
        TemporaryDirectory scratch = TemporaryDirectory.create("cloudfit-azurite-");
        try {
            Path watchdog = scratch.path().resolve("stdin-watchdog.js");
            copyResource(WATCHDOG, watchdog);
            ProcessBuilder builder = new ProcessBuilder(List.of(launcher.toString(),
                    "--blobHost", "127.0.0.1", "--blobPort", "0",
                    "--location", scratch.subdirectory("data").toString(),
                    "--silent", "--skipApiVersionCheck", "--disableTelemetry"))
                    .directory(scratch.path().toFile());
            builder.environment().put("NODE_OPTIONS", "--require \"" + watchdog + "\"");
            ChildProcess process = ChildProcess.start("azurite-blob", builder);
            try {
                Matcher ready = process.awaitLine(READY, START_TIMEOUT);
                int port = Integer.parseInt(ready.group(1));
                awaitConnection(port);
                return new Azurite(scratch, process, port);
            } catch (RuntimeException e) {
                process.close();
                throw e;
            }
        } catch (RuntimeException e) {
            scratch.close();
            throw e;
        }
    }

    /** @return the blob service's port on 127.0.0.1 */
    public int port() {
        return port;
    }

    /** @return the development account's blob endpoint, {@code http://127.0.0.1:PORT/devstoreaccount1} */
    public URI blobEndpoint() {
        return URI.create("http://127.0.0.1:" + port + "/" + ACCOUNT_NAME);
    }

    /** @return a storage connection string for the development account on this emulator */
    public String connectionString() {
        return "DefaultEndpointsProtocol=http;AccountName=" + ACCOUNT_NAME + ";AccountKey=" + ACCOUNT_KEY
                + ";BlobEndpoint=" + blobEndpoint() + ";";
    }

    /** @return the operating system's process id, for hygiene checks */
    public long pid() {
        return process.pid();
    }

    /** @return whether the emulator process is still running */
    public boolean isRunning() {
        return process.isAlive();
    }

    /** Stops the emulator and deletes its data; safe to call twice. */
    @Override
    public void close() {
        try {
            process.close();
        } finally {
            scratch.close();
        }
    }

    @Override
    public String toString() {
        return "Azurite[" + blobEndpoint() + "]";
    }

    private static void awaitConnection(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) Duration.ofSeconds(5).toMillis());
        } catch (IOException e) {
            throw new IllegalStateException("Azurite said it listens on port " + port + " but refuses connections", e);
        }
    }

    private static void copyResource(String resource, Path target) {
        try (InputStream in = Azurite.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath: the testkit jar is incomplete");
            }
            Files.copy(in, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
