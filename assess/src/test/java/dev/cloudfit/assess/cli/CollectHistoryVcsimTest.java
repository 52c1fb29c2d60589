package dev.cloudfit.assess.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudfit.vsphere.session.PasswordSource;
import dev.cloudfit.assess.collect.PerfOptions;
import dev.cloudfit.assess.collect.PerformanceCollection;
import dev.cloudfit.assess.collect.RestTagSource;
import dev.cloudfit.assess.collect.TagSource;
import dev.cloudfit.assess.collect.VcenterPerformanceCollection;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.Tag;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.report.WorkspacePerf;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.workspace.Run;
import dev.cloudfit.assess.workspace.RunStatus;
import dev.cloudfit.assess.workspace.Workspace;
import dev.cloudfit.core.error.CloudfitException;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.view.ContainerView;
import dev.cloudfit.vsphere.property.PropertyCollector;
import dev.cloudfit.vsphere.property.PropertySpec;
import dev.cloudfit.vsphere.property.RetrieveOptions;
import dev.cloudfit.vsphere.session.Credentials;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SoapTransport;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.soap.VcenterEndpoint;
import dev.cloudfit.vsphere.tags.TagCategory;
import dev.cloudfit.vsphere.tags.TaggingClient;
import dev.cloudfit.vsphere.tags.VapiSession;
import dev.cloudfit.vsphere.tls.Thumbprint;
import dev.cloudfit.vsphere.tls.VcenterTls;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code cloudfit collect} end to end with performance history and tags, against the simulator
 * (2 datacenters, 4 clusters, 10 hosts, 120 VMs): inventory, tags and samples in the workspace, an
 * incremental re-collect, Parquet with samples, and {@code cloudfit assess --workspace} sizing the
 * collected VMs from their history.
 */
@WithVcsim(datacenters = 2, clustersPerDatacenter = 2, hostsPerCluster = 2, standaloneHostsPerDatacenter = 1,
        vmsPerHostOrCluster = 20)
class CollectHistoryVcsimTest {

    private static final TransportSettings TRANSPORT = new TransportSettings(Duration.ofSeconds(5),
            Duration.ofSeconds(60), TransportSettings.DEFAULT_INITIAL_API_VERSION);

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    private int collect(Vcsim vcsim, TagSource tags, Function<PerfOptions, PerformanceCollection> perf,
                        String... extra) {
        List<String> args = new ArrayList<>(List.of("--vcenter", "127.0.0.1:" + vcsim.sdkUrl().getPort(),
                "--user", vcsim.username(), "--password-env", "VC_PASSWORD", "--thumbprint", vcsim.sha256Thumbprint()));
        args.addAll(List.of(extra));
        CollectCommand command = new CollectCommand(Map.of("VC_PASSWORD", vcsim.password())::get,
                (PasswordSource.Prompt) null, TRANSPORT, tags, perf);
        return execute(new CommandLine(command), args.toArray(String[]::new));
    }

    private int execute(CommandLine cli, String... args) {
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(out, true));
        cli.setExecutionExceptionHandler((e, c, p) -> {
            c.getErr().println("cloudfit: error: " + e.getMessage());
            return e instanceof CloudfitException known ? known.exitCode().code() : 4;
        });
        return cli.execute(args);
    }

    private static long count(Path ws, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + ws.resolve(Workspace.DATABASE_FILE));
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long countParquet(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM read_parquet('" + file + "')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The simulator's VMs, sorted by reference value. */
    private static List<ManagedObjectReference> vms(Vcsim vcsim) {
        try (VcenterSession session = VcenterSession.login(SoapTransport.open(new VcenterEndpoint(vcsim.sdkUrl()),
                VcenterTls.pinned(Thumbprint.parse(vcsim.sha256Thumbprint())), TransportSettings.defaults()),
                new Credentials(vcsim.username(), vcsim.password()));
                ContainerView view = ContainerView.create(session, session.serviceContent().rootFolder(),
                        List.of("VirtualMachine"), true)) {
            List<ManagedObjectReference> out = new ArrayList<>();
            new PropertyCollector(session).retrieve(view, List.of(PropertySpec.of("VirtualMachine", "name")),
                    RetrieveOptions.defaults(), o -> out.add(o.object()));
            out.sort(Comparator.comparing(ManagedObjectReference::value));
            return out;
        }
    }

    @Test
    void collectsInventoryTagsAndHistoryThenReCollectsOnlyWhatIsNewAndAssessSizesFromIt(Vcsim vcsim) throws Exception {
        List<ManagedObjectReference> refs = vms(vcsim);
        assertThat(refs).hasSize(120);
        String suffix = Long.toString(System.nanoTime(), 36); // the simulator may be shared with other classes
        try (VapiSession rest = VapiSession.login(new VcenterEndpoint(vcsim.sdkUrl()),
                VcenterTls.pinned(Thumbprint.parse(vcsim.sha256Thumbprint())), TransportSettings.defaults(),
                new Credentials(vcsim.username(), vcsim.password()))) {
            TaggingClient tagging = new TaggingClient(rest);
            String env = tagging.createCategory("Environment-" + suffix, "", TagCategory.Cardinality.SINGLE, List.of());
            String owner = tagging.createCategory("Owner-" + suffix, "", TagCategory.Cardinality.MULTIPLE, List.of());
            tagging.attach(tagging.createTag(env, "production", ""), refs.get(0));
            tagging.attach(tagging.createTag(owner, "finance", ""), refs.get(0));
            tagging.attach(tagging.createTag(owner, "hr", ""), refs.get(1));
        }
        Path ws = dir.resolve("ws");
        Path parquet = dir.resolve("parquet");
        int code = collect(vcsim, new RestTagSource(TRANSPORT), VcenterPerformanceCollection::new,
                "--days", "2", "--workspace", ws.toString(), "--export-parquet", parquet.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString())
                .contains("performance: reading the history of 120 VMs")
                .contains("performance: 120 of 120 VMs")
                .contains("120 VMs (0 templates), 10 hosts in 2 datacenters")
                .contains("run 1 complete")
                .doesNotContain("not collected")
                .doesNotContain(vcsim.password());

        long samples = count(ws, "SELECT count(*) FROM perf_sample");
        assertThat(samples).isGreaterThan(120L * 100);
        assertThat(count(ws, "SELECT count(DISTINCT vm_key) FROM perf_series")).isEqualTo(120);
        assertThat(count(ws, "SELECT count(DISTINCT interval_s) FROM perf_series")).as("5 min for a day, 30 min for"
                + " the second").isEqualTo(2);
        assertThat(count(ws, "SELECT count(*) FROM perf_series WHERE interval_s NOT IN (300, 1800)")).isZero();
        assertThat(count(ws, "SELECT count(*) FROM perf_series WHERE counter = 'cpu.usage.average'")).isEqualTo(240);
        assertThat(count(ws, "SELECT count(*) FROM perf_series WHERE counter LIKE 'net.%' AND instance = '4000'"))
                .as("per-NIC series").isPositive();
        assertThat(err.toString()).contains(String.format(java.util.Locale.ROOT, "%,d samples", samples));
        assertThat(countParquet(parquet.resolve("perf_sample.parquet"))).isEqualTo(samples);

        long seriesStored = count(ws, "SELECT count(*) FROM perf_series");
        try (Workspace w = Workspace.open(ws)) {
            Inventory inv = w.inventories().read(1).orElseThrow();
            assertThat(inv.vms()).hasSize(120);
            Vm first = inv.vms().stream().filter(v -> refs.get(0).value().equals(v.identity().vmId()))
                    .findFirst().orElseThrow();
            assertThat(first.tags()).contains(new Tag("Environment-" + suffix, "production"),
                    new Tag("Owner-" + suffix, "finance"));
            Vm second = inv.vms().stream().filter(v -> refs.get(1).value().equals(v.identity().vmId()))
                    .findFirst().orElseThrow();
            assertThat(second.tags()).contains(new Tag("Owner-" + suffix, "hr"));
            assertThat(inv.vms().stream().filter(v -> v.tags().stream().anyMatch(t -> t.category() != null
                    && t.category().endsWith(suffix))).count()).isEqualTo(2);
            var month = dev.cloudfit.assess.workspace.perf.SummaryWindow.ending(w.summaries().historyEnd().orElseThrow(),
                    dev.cloudfit.assess.workspace.perf.SummaryWindow.DEFAULT_LENGTH);
            assertThat(w.summaries().cachedSeries(month)).as("collect prepared the default window's summaries")
                    .isEqualTo(seriesStored);
            Set<String> withHistory = WorkspacePerf.load(w, AssessmentSettings.defaults()).keySet();
            Set<String> keys = new HashSet<>();
            inv.vms().forEach(v -> keys.add(v.identity().key()));
            assertThat(withHistory).as("every collected VM has history the sizing can use").isEqualTo(keys);
        }

        // an incremental re-collect: only points that became due since; the store never holds one twice
        err.getBuffer().setLength(0);
        assertThat(collect(vcsim, new RestTagSource(TRANSPORT), VcenterPerformanceCollection::new,
                "--days", "2", "--workspace", ws.toString())).as(err.toString()).isZero();
        assertThat(err.toString()).contains("run 2 complete");
        long again = count(ws, "SELECT count(*) FROM perf_sample");
        assertThat(again - samples).as("at most a few new 5-minute points per series")
                .isLessThanOrEqualTo(count(ws, "SELECT count(*) FROM perf_series WHERE interval_s = 300") * 3
                        + count(ws, "SELECT count(*) FROM perf_series WHERE interval_s = 1800"));
        assertThat(count(ws, "SELECT count(*) FROM (SELECT series_id, ts FROM perf_sample GROUP BY 1, 2 HAVING count(*) > 1)"))
                .isZero();
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.runs().all()).extracting(Run::status).containsExactly(RunStatus.COMPLETE, RunStatus.COMPLETE);
        }

        // cloudfit assess sizes the collected VMs from their history
        out.getBuffer().setLength(0);
        Path report = dir.resolve("report.xlsx");
        assertThat(execute(new CommandLine(new AssessCommand()), "--workspace", ws.toString(), "--out", report.toString(),
                "--format", "json")).as(err.toString()).isZero();
        assertThat(report).isRegularFile();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.toString()).contains(refs.get(0).value());
        List<JsonNode> vms = new ArrayList<>();
        json.get("results").forEach(vms::add);
        assertThat(vms).hasSize(120);
        assertThat(vms).allSatisfy(v -> assertThat(v.get("recommendedSize").isTextual()).as(v.toString()).isTrue());
    }

    @Test
    void tagsThatCannotBeReadAreACountedWarningNotAFailure(Vcsim vcsim) throws Exception {
        // vcsim's REST login accepts any non-empty password; an empty one is the refusal it can show
        TagSource refused = (endpoint, tls, credentials, inventory) -> new RestTagSource(TRANSPORT)
                .tagsOf(endpoint, tls, new Credentials(credentials.username(), ""), inventory);
        Path ws = dir.resolve("ws");
        assertThat(collect(vcsim, refused, c -> PerformanceCollection.NONE, "--workspace", ws.toString()))
                .as(err.toString()).isZero();
        assertThat(err.toString()).contains("120 VMs (0 templates), 10 hosts in 2 datacenters, 1 warnings")
                .contains("run 1 complete");
        long seriesStored = count(ws, "SELECT count(*) FROM perf_series");
        try (Workspace w = Workspace.open(ws)) {
            Inventory inv = w.inventories().read(1).orElseThrow();
            assertThat(inv.source().warningCounts()).containsEntry(RestTagSource.NOT_PERMITTED, 1L);
        }

        // a vCenter whose REST side does not answer at all (here: a closed port) is the same
        TagSource unreachable = (endpoint, tls, credentials, inventory) -> {
            try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                int port = s.getLocalPort();
                s.close();
                return new RestTagSource(TRANSPORT).tagsOf(VcenterEndpoint.parse("127.0.0.1:" + port), tls, credentials,
                        inventory);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        err.getBuffer().setLength(0);
        assertThat(collect(vcsim, unreachable, c -> PerformanceCollection.NONE, "--workspace", ws.toString()))
                .as(err.toString()).isZero();
        try (Workspace w = Workspace.open(ws)) {
            Inventory inv = w.inventories().read(2).orElseThrow();
            assertThat(inv.source().warningCounts()).containsEntry(RestTagSource.UNAVAILABLE, 1L);
            assertThat(inv.source().warnings()).anySatisfy(x -> assertThat(x.message()).startsWith("tags not collected: ")
                    .doesNotContain(vcsim.password()));
        }
    }
}
