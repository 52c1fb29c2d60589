package dev.cloudfit.testkit.vcsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Starts and stops simulators by hand, to check what the harness promises about them. */
class VcsimLifecycleTest {

    @Test
    void servesOnLoopbackAndLeavesNothingBehind() throws Exception {
        Vcsim vcsim = Vcsim.start(VcsimConfig.defaults().withDatacenters(2).withVmsPerHostOrCluster(3));
        ProcessHandle process = ProcessHandle.of(vcsim.pid()).orElseThrow();
        Path scratch = Path.of(process.info().arguments().map(List::of).orElseThrow().stream()
                .dropWhile(a -> !a.equals("-cert-out")).skip(1).findFirst().orElseThrow()).getParent();
        try {
            assertThat(vcsim.isRunning()).isTrue();
            assertThat(vcsim.sdkUrl().toString()).matches("https://127\\.0\\.0\\.1:\\d+/sdk");
            assertThat(vcsim.baseUrl().toString()).matches("https://127\\.0\\.0\\.1:\\d+/");
            assertThat(vcsim.counts()).isEqualTo(new VcsimCounts(2, 2, 8, 12));
            assertThat(Files.list(scratch.resolve("tmp")).map(p -> p.getFileName().toString()))
                    .as("the simulated datastores live in the harness's own directory")
                    .anyMatch(name -> name.startsWith("govcsim-"));
        } finally {
            vcsim.close();
        }
        assertThat(vcsim.isRunning()).isFalse();
        assertThat(process.isAlive()).isFalse();
        assertThat(scratch).doesNotExist();
        vcsim.close(); // twice is fine
    }

    @Test
    void passwordIsRandomAndStaysOffTheCommandLine() {
        try (Vcsim first = Vcsim.start(VcsimConfig.defaults()); Vcsim second = Vcsim.start(VcsimConfig.defaults())) {
            assertThat(first.password()).hasSizeGreaterThanOrEqualTo(20).isNotEqualTo(second.password());
            assertThat(first.sdkUrl()).isNotEqualTo(second.sdkUrl());
            Optional<String> commandLine = ProcessHandle.of(first.pid()).orElseThrow().info().commandLine();
            assertThat(commandLine).isPresent();
            assertThat(commandLine.orElseThrow()).doesNotContain(first.password()).contains("-username user");
            assertThat(first.toString()).doesNotContain(first.password());
        }
    }

    @Test
    void thumbprintsAreDigestsOfTheCertificate() throws Exception {
        try (Vcsim vcsim = Vcsim.start(VcsimConfig.defaults())) {
            byte[] der = vcsim.certificate().getEncoded();
            assertThat(vcsim.sha256Thumbprint()).isEqualTo(
                    HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(der)));
            assertThat(vcsim.sha256Thumbprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
            assertThat(vcsim.sha1Thumbprint()).matches("([0-9A-F]{2}:){19}[0-9A-F]{2}");
            assertThat(vcsim.certificatePem()).startsWith("-----BEGIN CERTIFICATE-----\n")
                    .endsWith("\n-----END CERTIFICATE-----\n");
        }
    }
}
