package dev.cloudfit.testkit.vcsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator binary on its own: how it reports readiness, refuses bad input, and stops. */
class VcsimMainTest {

    private static Process run(Path dir, String password, String... extra) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(VcsimBinary.ensureBuilt().toString(),
                "-cert-out", dir.resolve("cert.pem").toString(), "-password-env", "TEST_VCSIM_PASSWORD"));
        command.addAll(List.of(extra));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("TMPDIR", dir.toString());
        if (password != null) {
            builder.environment().put("TEST_VCSIM_PASSWORD", password);
        }
        return builder.start();
    }

    private static String firstLine(Process process) throws Exception {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
    }

    @Test
    void stopsCleanlyAtEndOfStdin(@TempDir Path dir) throws Exception {
        Process vcsim = run(dir, "secret");
        try {
            assertThat(firstLine(vcsim)).matches(
                    "VCSIM_READY url=https://127\\.0\\.0\\.1:\\d+/sdk datacenters=1 clusters=1 hosts=4 vms=4");
            assertThat(dir.resolve("cert.pem")).content().startsWith("-----BEGIN CERTIFICATE-----");
            vcsim.getOutputStream().close();
            assertThat(vcsim.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(vcsim.exitValue()).isZero();
            assertThat(dir).isDirectoryNotContaining("glob:**/govcsim-*");
        } finally {
            vcsim.destroyForcibly();
        }
    }

    @Test
    void stopsCleanlyOnSigterm(@TempDir Path dir) throws Exception {
        Process vcsim = run(dir, "secret");
        try {
            assertThat(firstLine(vcsim)).startsWith("VCSIM_READY ");
            vcsim.destroy();
            assertThat(vcsim.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(vcsim.exitValue()).isZero();
        } finally {
            vcsim.destroyForcibly();
        }
    }

    @Test
    void refusesToStartWithoutAPassword(@TempDir Path dir) throws Exception {
        Process vcsim = run(dir, null);
        assertThat(vcsim.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(vcsim.exitValue()).isEqualTo(1);
        assertThat(new String(vcsim.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("TEST_VCSIM_PASSWORD is empty");
    }

    @Test
    void refusesAnInventoryWithoutDatastores(@TempDir Path dir) throws Exception {
        Process vcsim = run(dir, "secret", "-ds", "0");
        assertThat(vcsim.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(vcsim.exitValue()).isEqualTo(2);
        assertThat(new String(vcsim.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("-ds must be at least 1");
    }
}
