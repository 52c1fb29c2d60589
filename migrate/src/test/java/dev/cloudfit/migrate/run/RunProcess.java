package dev.cloudfit.migrate.run;

import dev.cloudfit.testkit.arm.LocalArm;
import dev.cloudfit.testkit.tls.PinnedCertificate;
import dev.cloudfit.testkit.vcsim.Vcsim;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Starts {@link RunProcessMain} as a process of its own (to be killed), its output in {@code target/crash-logs}. */
final class RunProcess {

    private RunProcess() {
    }

    /**
     * @param scratch where the ARM certificate is written for the process
     * @param verb {@code run} or {@code resume}
     * @param shard {@code i/n}, or {@code null}
     * @return the process and the file holding its output
     */
    static Map.Entry<Process, Path> start(Vcsim vcsim, LocalArm arm, Path scratch, Path ws, String mode, String verb,
            String shard) throws IOException {
        Path cert = scratch.resolve("arm.pem");
        if (!Files.exists(cert)) {
            Files.writeString(cert, new PinnedCertificate(arm.certificate()).pem());
        }
        ProcessBuilder b = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), RunProcessMain.class.getName(), ws.toString(),
                mode, verb);
        Map<String, String> env = b.environment();
        env.put("VC_URL", vcsim.sdkUrl().toString());
        env.put("VC_USER", vcsim.username());
        env.put("VC_PASSWORD", vcsim.password());
        env.put("VC_THUMBPRINT", vcsim.sha256Thumbprint());
        env.put("ARM_URL", arm.endpoint().toString());
        env.put("ARM_SUBSCRIPTION", arm.subscriptionId());
        env.put("ARM_TOKEN", arm.accessToken());
        env.put("ARM_CERT", cert.toString());
        if (shard != null) {
            env.put("RUN_SHARD", shard);
        }
        Files.createDirectories(Path.of("target", "crash-logs"));
        Path log = Path.of("target", "crash-logs", "run-" + System.nanoTime() + ".log");
        return Map.entry(b.redirectErrorStream(true).redirectOutput(log.toFile()).start(), log);
    }
}
