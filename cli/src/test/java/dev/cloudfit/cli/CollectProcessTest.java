package dev.cloudfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cloudfit collect} as a real process (the picocli entry point {@link Main}, {@code System.exit}
 * codes, a real environment variable for the password, no terminal) against the simulator.
 */
@WithVcsim(datacenters = 2, clustersPerDatacenter = 2, hostsPerCluster = 2, standaloneHostsPerDatacenter = 1,
        vmsPerHostOrCluster = 20)
class CollectProcessTest {

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private Result cloudfit(String password, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().put("CLOUDFIT_TEST_VC_PASSWORD", password);
        Path out = dir.resolve("out-" + System.nanoTime());
        Path err = dir.resolve("err-" + System.nanoTime());
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("cloudfit collect did not finish in 120 s");
        }
        return new Result(process.exitValue(), java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
                java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void collectsThroughTheEntryPointWithThePasswordFromTheEnvironment(Vcsim vcsim) throws Exception {
        String host = "127.0.0.1:" + vcsim.sdkUrl().getPort();
        Result ok = cloudfit(vcsim.password(), "collect", "--vcenter", host, "--user", vcsim.username(),
                "--password-env", "CLOUDFIT_TEST_VC_PASSWORD", "--thumbprint", vcsim.sha256Thumbprint(),
                "--workspace", dir.resolve("ws").toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.err()).contains("120 VMs (0 templates), 10 hosts in 2 datacenters").contains("run 1 complete")
                .contains("cloudfit collect: inventory: 120 of 120 VMs read").doesNotContain(vcsim.password());

        Result wrong = cloudfit("wrong-password", "collect", "--vcenter", host, "--user", vcsim.username(),
                "--password-env", "CLOUDFIT_TEST_VC_PASSWORD", "--thumbprint", vcsim.sha256Thumbprint(),
                "--workspace", dir.resolve("ws2").toString());
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err().lines().toList()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("cloudfit: error: ").contains("wrong user name or password").doesNotContain("wrong-password"));

        Result untrusted = cloudfit(vcsim.password(), "collect", "--vcenter", host, "--user", vcsim.username(),
                "--password-env", "CLOUDFIT_TEST_VC_PASSWORD", "--workspace", dir.resolve("ws3").toString());
        assertThat(untrusted.exit()).isEqualTo(2);
        assertThat(untrusted.err()).contains("--thumbprint " + vcsim.sha256Thumbprint());

        Result noTerminal = cloudfit(vcsim.password(), "collect", "--vcenter", host, "--user", vcsim.username(),
                "--workspace", dir.resolve("ws4").toString());
        assertThat(noTerminal.exit()).as("no --password-env and no terminal to prompt on").isEqualTo(2);
        assertThat(noTerminal.err()).contains("no password");
        assertThat(ok.out() + wrong.out() + untrusted.out() + noTerminal.out()).isEmpty();
    }

    @Test
    void sigtermDuringTheHistoryMarksTheRunInterruptedAndTheNextRunCompletesIt(Vcsim vcsim) throws Exception {
        String host = "127.0.0.1:" + vcsim.sdkUrl().getPort();
        Path ws = dir.resolve("ws-stopped");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "collect", "--vcenter", host,
                "--user", vcsim.username(), "--password-env", "CLOUDFIT_TEST_VC_PASSWORD", "--thumbprint",
                vcsim.sha256Thumbprint(), "--workspace", ws.toString(), "--parallel", "1"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("CLOUDFIT_TEST_VC_PASSWORD", vcsim.password());
        Path err = dir.resolve("err-stopped");
        Process process = builder.redirectOutput(dir.resolve("out-stopped").toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline && process.isAlive()
                    && !java.nio.file.Files.readString(err).contains("performance: reading the history of 120 VMs")) {
                Thread.sleep(50);
            }
            process.destroy(); // SIGTERM while the history is being read
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        String stopped = java.nio.file.Files.readString(err);
        assertThat(process.exitValue()).as(stopped).isEqualTo(128 + 15);
        assertThat(stopped).contains("cloudfit collect: stopping").contains("run 1 is marked interrupted")
                .doesNotContain("Exception").doesNotContain(vcsim.password());

        Result again = cloudfit(vcsim.password(), "collect", "--vcenter", host, "--user", vcsim.username(),
                "--password-env", "CLOUDFIT_TEST_VC_PASSWORD", "--thumbprint", vcsim.sha256Thumbprint(),
                "--workspace", ws.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.err()).contains("run 2 complete").contains("performance: 120 of 120 VMs");
    }
}
