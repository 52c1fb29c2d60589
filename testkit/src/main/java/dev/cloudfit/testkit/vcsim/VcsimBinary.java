package dev.cloudfit.testkit.vcsim;

import dev.cloudfit.testkit.process.MissingTestToolException;
import dev.cloudfit.testkit.process.ToolsDirectory;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The vcsim executable, built from the {@code main.go} shipped in this jar with Debian's Go and
 * Debian's govmomi sources in GOPATH mode (no module download, no network).
 *
 * <p>The binary is cached per machine under {@code <tools>/vcsim-<sha256 of main.go>/vcsim}, so a
 * change to {@code main.go} gets a fresh build and an unchanged one is built once. Builds are
 * serialised by a file lock (other test JVMs, other worktrees) and a JVM-wide monitor (other
 * threads: a file lock is held per JVM, not per thread); the binary is moved into place
 * atomically, so nobody runs a half-written file.
 */
final class VcsimBinary {

    /** Where Debian's {@code golang-github-vmware-govmomi-dev} puts the sources. */
    static final Path GOPATH = Path.of("/usr/share/gocode");

    private static final String SOURCE = "/dev/cloudfit/testkit/go/vcsim/main.go";
    private static final Path GOVMOMI = GOPATH.resolve("src/github.com/vmware/govmomi/simulator");
    private static final long BUILD_TIMEOUT_MINUTES = 15;
    private static final Object JVM_LOCK = new Object();

    private VcsimBinary() {
    }

    /**
     * @return the executable, built first if this machine has none for the current {@code main.go}
     * @throws MissingTestToolException when Go or the govmomi sources are not installed
     */
    static Path ensureBuilt() {
        byte[] source = source();
        Path tools = ToolsDirectory.path();
        Path home = tools.resolve("vcsim-" + sha256(source));
        Path binary = home.resolve("vcsim");
        if (Files.isExecutable(binary)) {
            return binary;
        }
        synchronized (JVM_LOCK) {
            try {
                Files.createDirectories(home);
                try (FileChannel channel = FileChannel.open(home.resolveSibling(home.getFileName() + ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock ignored = channel.lock()) {
                    if (!Files.isExecutable(binary)) { // someone else may have built it meanwhile
                        build(source, home, binary, tools.resolve("go-build-cache"));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot build vcsim in " + home, e);
            }
        }
        return binary;
    }

    private static void build(byte[] source, Path home, Path binary, Path goCache) throws IOException {
        Path go = findGo();
        if (!Files.isDirectory(GOVMOMI)) {
            throw new MissingTestToolException("vcsim needs the govmomi sources of Debian's "
                    + "golang-github-vmware-govmomi-dev, but " + GOVMOMI + " does not exist");
        }
        Path src = Files.createDirectories(home.resolve("src"));
        Files.write(src.resolve("main.go"), source);
        Path log = home.resolve("build.log");
        Path partial = home.resolve("vcsim.partial-" + ProcessHandle.current().pid());
        ProcessBuilder builder = new ProcessBuilder(List.of(
                go.toString(), "build", "-trimpath", "-o", partial.toString(), "main.go"))
                .directory(src.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("GO111MODULE", "off");
        env.put("GOPATH", GOPATH.toString());
        env.put("GOCACHE", Files.createDirectories(goCache).toString());
        env.put("GOFLAGS", "");
        env.put("CGO_ENABLED", "0"); // a static binary; no C compiler needed
        Process process = builder.start();
        try {
            if (!process.waitFor(BUILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("building vcsim took more than " + BUILD_TIMEOUT_MINUTES
                        + " minutes; see " + log);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building vcsim", e);
        }
        if (process.exitValue() != 0) {
            Files.deleteIfExists(partial);
            throw new IllegalStateException("building vcsim with " + go + " failed (exit code "
                    + process.exitValue() + "):\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        Files.move(partial, binary, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path findGo() {
        return findGo(System.getenv("PATH"), Path.of("/usr/lib/go/bin/go"));
    }

    /**
     * @param searchPath a PATH value (may be null)
     * @param fallback where Debian's golang-go puts the binary, tried when PATH has none
     * @return the first executable {@code go}
     * @throws MissingTestToolException when there is none
     */
    static Path findGo(String searchPath, Path fallback) {
        for (String dir : (searchPath == null ? "" : searchPath).split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "go"))) {
                return Path.of(dir, "go");
            }
        }
        if (Files.isExecutable(fallback)) {
            return fallback;
        }
        throw new MissingTestToolException("vcsim needs Go (Debian's golang-go), but there is no 'go' on PATH ("
                + searchPath + ") nor at " + fallback);
    }

    private static byte[] source() {
        try (InputStream in = VcsimBinary.class.getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SOURCE + " is missing from the classpath: the testkit jar is incomplete");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SOURCE, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
