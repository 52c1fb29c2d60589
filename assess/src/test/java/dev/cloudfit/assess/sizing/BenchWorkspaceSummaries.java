package dev.cloudfit.assess.sizing;

import dev.cloudfit.assess.report.WorkspacePerf;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.workspace.Workspace;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Benchmark, not a timed test: the whole-estate performance summaries of an existing workspace
 * ({@code -Dcloudfit.bench.workspace=DIR}, made by {@code cloudfit generate --workspace} or
 * {@code collect}), first computed (the summary cache emptied first), then read back from the cache.
 * Prints wall and process CPU time and the peak heap, and leaves the cache empty. See
 * {@code bench/assess-workspace.sh}.
 */
@EnabledIfSystemProperty(named = "cloudfit.bench.workspace", matches = ".+")
class BenchWorkspaceSummaries {

    @Test
    void summariesOfAGeneratedWorkspace() throws Exception {
        Path dir = Path.of(System.getProperty("cloudfit.bench.workspace"));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        AssessmentSettings settings = AssessmentSettings.defaults();
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Workspace.DATABASE_FILE));
                var s = c.createStatement()) {
            s.execute("DELETE FROM perf_summary_cache");
        } catch (java.sql.SQLException e) {
            // an older schema: the workspace's migration creates the table on open
        }
        long t0 = System.nanoTime();
        long c0 = os.getProcessCpuTime();
        Map<String, PerfSummary> perf;
        long samples;
        try (Workspace ws = Workspace.open(dir)) {
            samples = ws.summaries().cachedSeries(dev.cloudfit.assess.workspace.perf.SummaryWindow.lastDay(java.time.Instant.EPOCH));
            perf = WorkspacePerf.load(ws, settings);
        }
        long t1 = System.nanoTime();
        long c1 = os.getProcessCpuTime();
        try (Workspace ws = Workspace.open(dir)) {
            perf = WorkspacePerf.load(ws, settings);
        }
        long t2 = System.nanoTime();
        long c2 = os.getProcessCpuTime();
        long counters = perf.values().stream().mapToLong(p -> p.counters().count()).sum();
        long peak = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "workspace summaries: %s, %,d VMs, %,d counter summaries (window %s)%n", dir,
                perf.size(), counters, settings.window());
        System.out.printf(Locale.ROOT, "  computed (cache emptied): %7.2f s wall, %7.2f s CPU%n", (t1 - t0) / 1e9, (c1 - c0) / 1e9);
        System.out.printf(Locale.ROOT, "  read from the cache     : %7.2f s wall, %7.2f s CPU%n", (t2 - t1) / 1e9, (c2 - c1) / 1e9);
        System.out.printf(Locale.ROOT, "  max heap %d MiB, peak heap pools (sum) %d MiB%n",
                Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Workspace.DATABASE_FILE));
                var s = c.createStatement()) {
            s.execute("DELETE FROM perf_summary_cache"); // as found: bench/assess-workspace.sh times a computing assess next
        }
        if (samples != 0 || perf.isEmpty()) {
            throw new AssertionError("expected an emptied cache and some summaries");
        }
    }
}
