package dev.cloudfit.testkit.vcsim;

import dev.cloudfit.testkit.process.ChildProcess;
import dev.cloudfit.testkit.process.TemporaryDirectory;
import dev.cloudfit.testkit.tls.PinnedCertificate;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * A running vCenter simulator (govmomi's vcsim) on a free loopback port, serving HTTPS with its
 * own certificate, with a fresh random password; {@link #close()} stops it and deletes its files.
 *
 * <pre>{@code
 * try (Vcsim vcsim = Vcsim.start(VcsimConfig.defaults())) {
 *     HttpClient http = HttpClient.newBuilder().sslContext(vcsim.sslContext()).build();
 *     ... POST SOAP to vcsim.sdkUrl() ...
 * }
 * }</pre>
 *
 * <p>In JUnit 5 tests, {@link WithVcsim} starts one per test class instead.
 */
public final class Vcsim implements AutoCloseable {

    private static final String PASSWORD_VARIABLE = "VCSIM_PASSWORD";
    private static final Pattern READY = Pattern.compile(
            "VCSIM_READY url=(https://127\\.0\\.0\\.1:\\d+/sdk) datacenters=(\\d+) clusters=(\\d+) hosts=(\\d+) vms=(\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final VcsimConfig config;
    private final String password;
    private final TemporaryDirectory scratch;
    private final ChildProcess process;
    private final URI sdkUrl;
    private final VcsimCounts counts;
    private final PinnedCertificate certificate;

    private Vcsim(VcsimConfig config, String password, TemporaryDirectory scratch, ChildProcess process,
                  URI sdkUrl, VcsimCounts counts, PinnedCertificate certificate) {
        this.config = config;
        this.password = password;
        this.scratch = scratch;
        this.process = process;
        this.sdkUrl = sdkUrl;
        this.counts = counts;
        this.certificate = certificate;
    }

    /**
     * Builds vcsim if this machine has no binary for the current {@code main.go} yet (about a
     * minute, once), starts it and waits until it serves.
     *
     * @param config the inventory and user
     * @return the running simulator
     * @throws dev.cloudfit.testkit.process.MissingTestToolException when Go or govmomi is missing
     * @throws IllegalStateException when vcsim fails to start or creates another inventory than asked
     */
    public static Vcsim start(VcsimConfig config) {
        Path binary = VcsimBinary.ensureBuilt();
        TemporaryDirectory scratch = TemporaryDirectory.create("cloudfit-vcsim-");
        try {
            Path certificateFile = scratch.path().resolve("server.pem");
            Path tmp = scratch.subdirectory("tmp");
            List<String> command = new ArrayList<>(List.of(binary.toString(), "-listen", "127.0.0.1:0",
                    "-password-env", PASSWORD_VARIABLE, "-cert-out", certificateFile.toString()));
            command.addAll(config.flags());
            ProcessBuilder builder = new ProcessBuilder(command).directory(scratch.path().toFile());
            String password = newPassword();
            builder.environment().put(PASSWORD_VARIABLE, password);
            builder.environment().put("TMPDIR", tmp.toString()); // the simulated datastores live here
            ChildProcess process = ChildProcess.start("vcsim", builder);
            try {
                Matcher ready = process.awaitLine(READY, START_TIMEOUT);
                VcsimCounts counts = new VcsimCounts(Integer.parseInt(ready.group(2)), Integer.parseInt(ready.group(3)),
                        Integer.parseInt(ready.group(4)), Integer.parseInt(ready.group(5)));
                VcsimCounts expected = VcsimCounts.expectedFor(config);
                if (!counts.equals(expected)) {
                    throw new IllegalStateException("vcsim created " + counts + " but " + config + " asks for " + expected);
                }
                return new Vcsim(config, password, scratch, process, URI.create(ready.group(1)), counts,
                        PinnedCertificate.readPem(certificateFile));
            } catch (RuntimeException e) {
                process.close();
                throw e;
            }
        } catch (RuntimeException e) {
            scratch.close();
            throw e;
        }
    }

    /** @return the vim25 SOAP endpoint, {@code https://127.0.0.1:PORT/sdk} */
    public URI sdkUrl() {
        return sdkUrl;
    }

    /** @return the base URL of the REST endpoints ({@code /rest}, {@code /api}): {@code https://127.0.0.1:PORT} */
    public URI baseUrl() {
        return sdkUrl.resolve("/");
    }

    /** @return the only user name Login accepts */
    public String username() {
        return config.username();
    }

    /** @return the password Login accepts: random per instance; never log it */
    public String password() {
        return password;
    }

    /** @return the configuration this simulator was started with */
    public VcsimConfig config() {
        return config;
    }

    /** @return what the simulator reported creating; equal to {@code VcsimCounts.expectedFor(config())} */
    public VcsimCounts counts() {
        return counts;
    }

    /** @return the server's certificate */
    public X509Certificate certificate() {
        return certificate.certificate();
    }

    /** @return a TLS context that trusts this simulator's certificate and nothing else */
    public SSLContext sslContext() {
        return certificate.sslContext();
    }

    /** @return the server certificate's SHA-256 thumbprint, {@code AA:BB:...} */
    public String sha256Thumbprint() {
        return certificate.sha256Thumbprint();
    }

    /** @return the server certificate's SHA-1 thumbprint, {@code AA:BB:...} */
    public String sha1Thumbprint() {
        return certificate.sha1Thumbprint();
    }

    /** @return the certificate as PEM, e.g. for a trust file given to cloudfit's CLI */
    public String certificatePem() {
        return certificate.pem();
    }

    /** @return the operating system's process id, for hygiene checks */
    public long pid() {
        return process.pid();
    }

    /** @return whether the simulator process is still running */
    public boolean isRunning() {
        return process.isAlive();
    }

    /** Stops the simulator and deletes its certificate and datastores; safe to call twice. */
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
        return "Vcsim[" + sdkUrl + ", " + counts + "]"; // never the password
    }

    private static String newPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
