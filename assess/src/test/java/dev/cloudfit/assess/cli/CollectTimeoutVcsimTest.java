package dev.cloudfit.assess.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.collect.PerfOutcome;
import dev.cloudfit.assess.collect.PerfRequest;
import dev.cloudfit.assess.collect.PerformanceCollection;
import dev.cloudfit.assess.collect.TagSource;
import dev.cloudfit.assess.workspace.RunStatus;
import dev.cloudfit.assess.workspace.Workspace;
import dev.cloudfit.core.error.CloudfitException;
import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.soap.TransportSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code collect --timeout}: a vCenter that accepts the connection and then never answers, and a performance read
 * that never ends, are cut off at the deadline with one line (exit 3) naming the phase and what was kept.
 */
@WithVcsim(datacenters = 1, clustersPerDatacenter = 1, hostsPerCluster = 1, standaloneHostsPerDatacenter = 0,
        vmsPerHostOrCluster = 4)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CollectTimeoutVcsimTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> env, PerformanceCollection perf, String... args) {
        // per-request timeouts far longer than the deadline: only the deadline can end these runs in time
        CollectCommand command = new CollectCommand(env::get, null,
                new TransportSettings(Duration.ofSeconds(30), Duration.ofSeconds(30),
                        TransportSettings.DEFAULT_INITIAL_API_VERSION), TagSource.NONE, c -> perf);
        command.timeoutGrace = Duration.ofSeconds(2);
        CommandLine cli = new CommandLine(command);
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setExecutionExceptionHandler((e, c, p) -> {
            c.getErr().println("cloudfit: error: " + e.getMessage());
            return e instanceof CloudfitException known ? known.exitCode().code() : 4;
        });
        return cli.execute(args);
    }

    private String errorLine() {
        List<String> errors = err.toString().lines().filter(l -> l.startsWith("cloudfit: error: ")).toList();
        assertThat(errors).as(err.toString()).hasSize(1);
        return errors.get(0);
    }

    @Test
    void aVcenterThatNeverAnswersIsCutOffAtTheDeadlineAndNoWorkspaceIsMade() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // accepted, and never a byte back
                    }
                } catch (java.io.IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Path ws = dir.resolve("ws");
            long t0 = System.nanoTime();
            int exit = run(Map.of("VC_PASSWORD", "not-used"), PerformanceCollection.NONE, "--vcenter",
                    "127.0.0.1:" + silent.getLocalPort(), "--user", "reader", "--password-env", "VC_PASSWORD",
                    "--thumbprint", "AA:".repeat(31) + "AA", "--workspace", ws.toString(), "--timeout", "2");
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertThat(exit).isEqualTo(3);
            assertThat(errorLine()).isEqualTo("cloudfit: error: collect did not finish within 2 s (--timeout) while"
                    + " connecting to vCenter and signing in; nothing was stored (it had not started reading); collect"
                    + " again (with a larger --timeout) to complete it");
            // the deadline (2 s) and the grace (2 s), not the 30 s request timeouts
            assertThat(millis).isBetween(3_500L, 15_000L);
            assertThat(ws).doesNotExist();
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    /** Stores nothing and waits until stopped, as a history read of a huge estate would. */
    private static final class EndlessPerformance implements PerformanceCollection {
        private final CountDownLatch stop = new CountDownLatch(1);

        @Override
        public PerfOutcome collect(PerfRequest request) {
            request.progress().perfStarted(request.inventory().vms().size());
            try {
                stop.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new ExternalSystemException("stopped");
        }

        @Override
        public void stop() {
            stop.countDown();
        }
    }

    @Test
    void aPerformanceReadThatOutlastsTheDeadlineKeepsTheInventoryInAnInterruptedRun(Vcsim vcsim) {
        Path ws = dir.resolve("ws");
        int exit = run(Map.of("VC_PASSWORD", vcsim.password()), new EndlessPerformance(), "--vcenter",
                "127.0.0.1:" + vcsim.sdkUrl().getPort(), "--user", vcsim.username(), "--password-env", "VC_PASSWORD",
                "--thumbprint", vcsim.sha256Thumbprint(), "--workspace", ws.toString(), "--timeout", "8");
        assertThat(exit).as(err.toString()).isEqualTo(3);
        assertThat(errorLine()).isEqualTo("cloudfit: error: collect did not finish within 8 s (--timeout) while"
                + " reading performance history (0 of 4 VMs stored); run 1 is marked interrupted in "
                + ws.toAbsolutePath().normalize() + " (what it stored stays; collect again for a complete run);"
                + " collect again (with a larger --timeout) to complete it");
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.runs().all()).singleElement()
                    .satisfies(r -> assertThat(r.status()).isEqualTo(RunStatus.INTERRUPTED));
            assertThat(w.inventories().read(1)).as("the inventory read before the deadline is kept")
                    .hasValueSatisfying(inv -> assertThat(inv.vms()).hasSize(4));
        }
    }

    @Test
    void timeoutIsRangeCheckedAndNotForContinuous(Vcsim vcsim) {
        String[] base = {"--vcenter", "127.0.0.1:" + vcsim.sdkUrl().getPort(), "--user", vcsim.username(),
            "--password-env", "VC_PASSWORD", "--thumbprint", vcsim.sha256Thumbprint(), "--workspace",
            dir.resolve("ws").toString()};
        List<String> zero = new ArrayList<>(List.of(base));
        zero.addAll(List.of("--timeout", "0"));
        assertThat(run(Map.of("VC_PASSWORD", vcsim.password()), PerformanceCollection.NONE,
                zero.toArray(String[]::new))).isEqualTo(2);
        assertThat(errorLine()).contains("--timeout: 1 to 604800 seconds, not 0");
        err.getBuffer().setLength(0);
        List<String> continuous = new ArrayList<>(List.of(base));
        continuous.addAll(List.of("--timeout", "60", "--continuous"));
        assertThat(run(Map.of("VC_PASSWORD", vcsim.password()), PerformanceCollection.NONE,
                continuous.toArray(String[]::new))).isEqualTo(2);
        assertThat(errorLine()).contains("--continuous runs until stopped");
        assertThat(dir.resolve("ws")).doesNotExist();
    }
}
