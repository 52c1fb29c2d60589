package dev.cloudfit.assess.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.vsphere.session.PasswordSource;
import dev.cloudfit.assess.collect.PerformanceCollection;
import dev.cloudfit.assess.collect.TagSource;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.workspace.Run;
import dev.cloudfit.assess.workspace.RunStatus;
import dev.cloudfit.assess.workspace.SourceKind;
import dev.cloudfit.assess.workspace.Workspace;
import dev.cloudfit.core.error.CloudfitException;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.soap.TransportSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code cloudfit collect} against the simulator (2 datacenters, 4 clusters, 10 hosts, 120 VMs):
 * exit codes, messages, and what the workspace holds afterwards. The environment is a map here
 * (the JVM's own cannot be set); the process-level test in the cli module uses a real one.
 */
@WithVcsim(datacenters = 2, clustersPerDatacenter = 2, hostsPerCluster = 2, standaloneHostsPerDatacenter = 1,
        vmsPerHostOrCluster = 20)
class CollectCommandVcsimTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    private int run(Vcsim vcsim, PasswordSource.Prompt prompt, String... args) {
        return run(Map.of("VC_PASSWORD", vcsim.password()), prompt, PerformanceCollection.NONE, args);
    }

    private int run(Map<String, String> env, PasswordSource.Prompt prompt, PerformanceCollection perf, String... args) {
        CollectCommand command = new CollectCommand(env::get, prompt,
                new TransportSettings(Duration.ofSeconds(5), Duration.ofSeconds(30), TransportSettings.DEFAULT_INITIAL_API_VERSION),
                TagSource.NONE, c -> perf);
        CommandLine cli = new CommandLine(command);
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(out, true));
        cli.setExecutionExceptionHandler((e, c, p) -> {
            c.getErr().println("cloudfit: error: " + e.getMessage());
            return e instanceof CloudfitException known ? known.exitCode().code() : 4;
        });
        return cli.execute(args);
    }

    private static String host(Vcsim vcsim) {
        return "127.0.0.1:" + vcsim.sdkUrl().getPort();
    }

    @Test
    void collectsTheInventoryIntoACompleteRun(Vcsim vcsim) {
        Path ws = dir.resolve("ws");
        assertThat(run(vcsim, null, "--vcenter", host(vcsim), "--user", vcsim.username(), "--password-env", "VC_PASSWORD",
                "--thumbprint", vcsim.sha256Thumbprint(), "--workspace", ws.toString())).as(err.toString()).isZero();
        assertThat(err.toString())
                .contains("cloudfit collect: inventory: reading 120 VMs")
                .contains("collected 127.0.0.1 (VMware vCenter Server")
                .contains("120 VMs (0 templates), 10 hosts in 2 datacenters")
                .contains("performance: not collected")
                .contains("run 1 complete in " + ws.toAbsolutePath().normalize())
                .doesNotContain(vcsim.password());
        assertThat(out.toString()).isEmpty();
        try (Workspace w = Workspace.open(ws)) {
            Run run = w.runs().all().get(0);
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(run.source().kind()).isEqualTo(SourceKind.VCENTER);
            assertThat(run.source().name()).isEqualTo("127.0.0.1");
            assertThat(run.source().fingerprint()).matches("[0-9a-f-]{36}");
            assertThat(run.counts().vms()).isEqualTo(120);
            assertThat(run.counts().hosts()).isEqualTo(10);
            Inventory stored = w.latestInventory(SourceKind.VCENTER, "127.0.0.1").orElseThrow();
            assertThat(stored.vms()).hasSize(120).allSatisfy(vm -> {
                assertThat(vm.identity().vmId()).startsWith("vm-");
                assertThat(vm.identity().vcenter()).isEqualTo("127.0.0.1");
                assertThat(vm.disks()).isNotEmpty();
                assertThat(vm.nics()).isNotEmpty();
            });
            assertThat(stored.vms()).extracting(Vm::name).doesNotHaveDuplicates();
            assertThat(stored.hosts()).hasSize(10);
            assertThat(stored.source().formatVersion()).startsWith("VMware vCenter Server");
        }
    }

    @Test
    void aSha1PinAndAPromptedPasswordWorkToo(Vcsim vcsim) {
        List<String> prompts = new ArrayList<>();
        PasswordSource.Prompt terminal = text -> {
            prompts.add(text);
            return vcsim.password().toCharArray();
        };
        Path parquet = dir.resolve("parquet");
        assertThat(run(vcsim, terminal, "--vcenter", "https://" + host(vcsim), "--user", vcsim.username(),
                "--thumbprint", vcsim.sha1Thumbprint(), "--workspace", dir.resolve("ws").toString(),
                "--export-parquet", parquet.toString())).as(err.toString()).isZero();
        assertThat(prompts).containsExactly("Password for " + vcsim.username() + " at https://" + host(vcsim) + ": ");
        assertThat(parquet.resolve("inv_vm.parquet")).isRegularFile();
        assertThat(err.toString()).contains("exported the workspace as Parquet to " + parquet);
    }

    @Test
    void anUntrustedCertificateIsExit2WithTheThumbprintToPinAndNoWorkspace(Vcsim vcsim) {
        Path ws = dir.resolve("ws");
        assertThat(run(vcsim, null, "--vcenter", host(vcsim), "--user", vcsim.username(), "--password-env", "VC_PASSWORD",
                "--workspace", ws.toString())).isEqualTo(2);
        assertThat(err.toString().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .contains("not trusted").contains("--thumbprint " + vcsim.sha256Thumbprint()));
        assertThat(ws).doesNotExist();
    }

    @Test
    void theWrongPinIsRefusedToo(Vcsim vcsim) {
        String wrong = vcsim.sha256Thumbprint().replace(vcsim.sha256Thumbprint().substring(0, 2),
                vcsim.sha256Thumbprint().startsWith("00") ? "11" : "00");
        assertThat(run(vcsim, null, "--vcenter", host(vcsim), "--user", vcsim.username(), "--password-env", "VC_PASSWORD",
                "--thumbprint", wrong, "--workspace", dir.resolve("ws").toString())).isEqualTo(2);
        assertThat(err.toString()).contains(vcsim.sha256Thumbprint());
    }

    @Test
    void aWrongPasswordIsExit2AndNeverPrinted(Vcsim vcsim) {
        assertThat(run(Map.of("VC_PASSWORD", "not-the-password-42"), null, PerformanceCollection.NONE,
                "--vcenter", host(vcsim), "--user", vcsim.username(), "--password-env", "VC_PASSWORD",
                "--thumbprint", vcsim.sha256Thumbprint(), "--workspace", dir.resolve("ws").toString())).isEqualTo(2);
        assertThat(err.toString().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .contains("wrong user name or password").contains(vcsim.username()).doesNotContain("not-the-password-42"));
        assertThat(dir.resolve("ws")).doesNotExist();
    }

    @Test
    void aClosedPortIsExit3InOneLine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        assertThat(run(Map.of("VC_PASSWORD", "x"), null, PerformanceCollection.NONE, "--vcenter", "127.0.0.1:" + port,
                "--user", "u", "--password-env", "VC_PASSWORD", "--workspace", dir.resolve("ws").toString())).isEqualTo(3);
        assertThat(err.toString().lines().toList()).singleElement().satisfies(line ->
                assertThat(line).contains("cannot reach vCenter https://127.0.0.1:" + port + "/sdk"));
    }

    @Test
    void anHttpsEndpointThatIsNotAVcenterIsExit3InOneLine(Vcsim vcsim) {
        assertThat(run(vcsim, null, "--vcenter", "https://" + host(vcsim) + "/rest/nothing-here", "--user",
                vcsim.username(), "--password-env", "VC_PASSWORD", "--thumbprint", vcsim.sha256Thumbprint(),
                "--workspace", dir.resolve("ws").toString())).isEqualTo(3);
        assertThat(err.toString().lines().toList()).singleElement().satisfies(line ->
                assertThat(line).contains("/rest/nothing-here").containsIgnoringCase("not"));
    }

    @Test
    void noPasswordSourceIsExit2BeforeConnecting() {
        assertThat(run(Map.of(), null, PerformanceCollection.NONE, "--vcenter", "vc.invalid", "--user", "u",
                "--workspace", dir.resolve("ws").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no password: pass --password-env VAR");
        err.getBuffer().setLength(0);
        assertThat(run(Map.of(), null, PerformanceCollection.NONE, "--vcenter", "vc.invalid", "--user", "u",
                "--password-env", "VC_PASSWORD", "--workspace", dir.resolve("ws").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("environment variable VC_PASSWORD (--password-env) is not set or empty");
        err.getBuffer().setLength(0);
        assertThat(run(Map.of(), null, PerformanceCollection.NONE, "--vcenter", "vc.invalid", "--user", "u",
                "--password-env", "s3cret!", "--workspace", dir.resolve("ws").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("takes the name of an environment variable");
    }

    @Test
    void badOptionsAreExit2(Vcsim vcsim) throws Exception {
        assertThat(run(vcsim, null, "--vcenter", host(vcsim), "--user", "u", "--password-env", "VC_PASSWORD",
                "--days", "0", "--workspace", dir.resolve("ws").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--days must be between 1 and 365");
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("x"), "x");
        assertThat(run(vcsim, null, "--vcenter", host(vcsim), "--user", "u", "--password-env", "VC_PASSWORD",
                "--export-parquet", full.toString(), "--workspace", dir.resolve("ws").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--export-parquet folder must not exist or be empty");
        assertThat(run(vcsim, null, "--vcenter", "http://" + host(vcsim), "--user", "u", "--password-env", "VC_PASSWORD",
                "--workspace", dir.resolve("ws").toString())).isEqualTo(2);
        assertThat(dir.resolve("ws")).doesNotExist();
    }

    @Test
    void aFailureAfterTheInventoryMarksTheRunInterruptedAndKeepsTheSnapshot(Vcsim vcsim) {
        Path ws = dir.resolve("ws");
        PerformanceCollection failing = request -> {
            throw new dev.cloudfit.core.error.ExternalSystemException("vCenter stopped answering QueryPerf");
        };
        assertThat(run(Map.of("VC_PASSWORD", vcsim.password()), null, failing, "--vcenter", host(vcsim), "--user",
                vcsim.username(), "--password-env", "VC_PASSWORD", "--thumbprint", vcsim.sha256Thumbprint(),
                "--workspace", ws.toString())).isEqualTo(3);
        assertThat(err.toString().lines().filter(l -> l.startsWith("cloudfit: error:")).toList()).singleElement()
                .satisfies(line -> assertThat(line).contains("stopped: vCenter stopped answering QueryPerf")
                        .contains("run 1 is marked interrupted"));
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.runs().all()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(RunStatus.INTERRUPTED));
            assertThat(w.inventories().read(1)).hasValueSatisfying(inv -> assertThat(inv.vms()).hasSize(120));
        }
        // the next run completes
        err.getBuffer().setLength(0);
        assertThat(run(vcsim, null, "--vcenter", host(vcsim), "--user", vcsim.username(), "--password-env", "VC_PASSWORD",
                "--thumbprint", vcsim.sha256Thumbprint(), "--workspace", ws.toString())).isZero();
        try (Workspace w = Workspace.open(ws); Stream<Path> files = Files.list(ws)) {
            assertThat(w.runs().all()).extracting(Run::status).containsExactly(RunStatus.INTERRUPTED, RunStatus.COMPLETE);
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("VC_PASSWORD");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
