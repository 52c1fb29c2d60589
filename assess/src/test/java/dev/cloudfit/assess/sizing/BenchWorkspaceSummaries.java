package dev.cloudfit.assess.sizing;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.sizing.PriceBookPriceSource;
import dev.cloudfit.assess.pricing.source.PriceSourceResolver;
import dev.cloudfit.assess.pricing.source.PriceSourceSettings;
import dev.cloudfit.assess.pricing.source.ResolvedPrices;
import dev.cloudfit.assess.report.WorkspacePerf;
import dev.cloudfit.assess.sizing.fit.FitRules;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.workspace.Workspace;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Benchmark, not a timed test: sizing every VM of an existing workspace ({@code -Dcloudfit.bench.workspace=DIR},
 * made by {@code cloudfit generate --workspace} or {@code collect}) as {@code assess --workspace} does, without
 * the report and workbook: open the workspace, read the latest inventory snapshot, the performance summaries of
 * the default window, then the sizing engine ({@link EstateAssessment}: IaaS sizing, fit, AVS and the estate
 * plan) with the embedded prices. Twice: first with the summary cache emptied (the summaries computed from every
 * sample), then reading the cache. Prints wall and process CPU time per phase and the peak heap, and leaves the
 * cache empty. See {@code bench/assess-workspace.sh}.
 */
@EnabledIfSystemProperty(named = "cloudfit.bench.workspace", matches = ".+")
class BenchWorkspaceSummaries {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @Test
    void sizeEveryVmOfAGeneratedWorkspace() throws Exception {
        Path dir = Path.of(System.getProperty("cloudfit.bench.workspace"));
        AssessmentSettings settings = AssessmentSettings.defaults();
        emptyCache(dir);
        AzureCatalog catalog = AzureCatalog.bundled();
        ResolvedPrices prices = new PriceSourceResolver(PriceSourceSettings.defaults(), Clock.systemUTC()).resolve(
                List.of(Region.of(settings.region().name())), settings.currency(), BigDecimal.valueOf(settings.hoursPerMonth()));
        System.out.printf(Locale.ROOT, "sizing from workspace %s (window %s, %s, -Xmx%d MiB)%n", dir, settings.window(),
                settings.percentile(), Runtime.getRuntime().maxMemory() >> 20);
        EstateResult first = pass("summaries computed (cache emptied)", dir, settings, catalog, prices);
        EstateResult cached = pass("summaries read from the cache", dir, settings, catalog, prices);
        long peak = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "  peak heap pools (sum) %d MiB%n", peak >> 20);
        emptyCache(dir); // as found: bench/assess-workspace.sh times a computing assess next
        if (first.decisions().isEmpty() || first.decisions().size() != cached.decisions().size()) {
            throw new AssertionError("expected the same VMs sized both times, got " + first.decisions().size() + " and "
                    + cached.decisions().size());
        }
    }

    private static EstateResult pass(String what, Path dir, AssessmentSettings settings, AzureCatalog catalog,
            ResolvedPrices prices) {
        long w0 = System.nanoTime();
        long c0 = OS.getProcessCpuTime();
        Inventory inventory;
        Map<String, PerfSummary> perf;
        long w1;
        long c1;
        try (Workspace ws = Workspace.open(dir)) {
            inventory = ws.latestInventory().orElseThrow(() -> new AssertionError("the workspace holds no inventory"));
            w1 = System.nanoTime();
            c1 = OS.getProcessCpuTime();
            perf = WorkspacePerf.load(ws, settings);
        }
        long w2 = System.nanoTime();
        long c2 = OS.getProcessCpuTime();
        EstateResult result = new EstateAssessment(catalog, new PriceBookPriceSource(prices.book(), catalog), settings,
                FitRules.builtIn()).assess(inventory.vms(), vm -> Optional.ofNullable(perf.get(vm.identity().key())));
        long w3 = System.nanoTime();
        long c3 = OS.getProcessCpuTime();
        long counters = perf.values().stream().mapToLong(p -> p.counters().count()).sum();
        System.out.printf(Locale.ROOT, "%s: %,d VMs sized, %,d with history, %,d counter summaries%n", what,
                result.decisions().size(), perf.size(), counters);
        System.out.printf(Locale.ROOT, "  open + inventory : %6.2f s wall, %6.2f s CPU%n", (w1 - w0) / 1e9, (c1 - c0) / 1e9);
        System.out.printf(Locale.ROOT, "  summaries        : %6.2f s wall, %6.2f s CPU%n", (w2 - w1) / 1e9, (c2 - c1) / 1e9);
        System.out.printf(Locale.ROOT, "  sizing           : %6.2f s wall, %6.2f s CPU%n", (w3 - w2) / 1e9, (c3 - c2) / 1e9);
        System.out.printf(Locale.ROOT, "  total            : %6.2f s wall, %6.2f s CPU%n", (w3 - w0) / 1e9, (c3 - c0) / 1e9);
        return result;
    }

    private static void emptyCache(Path dir) {
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Workspace.DATABASE_FILE));
                var s = c.createStatement()) {
            s.execute("DELETE FROM perf_summary_cache");
        } catch (java.sql.SQLException e) {
            // an older schema: the workspace's migration creates the table on open
        }
    }
}
