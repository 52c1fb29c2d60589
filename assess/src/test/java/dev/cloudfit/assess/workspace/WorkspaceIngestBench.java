package dev.cloudfit.assess.workspace;

import dev.cloudfit.assess.workspace.perf.PerfCounters;
import dev.cloudfit.assess.workspace.perf.SampleAppender;
import dev.cloudfit.assess.workspace.perf.SummaryWindow;
import dev.cloudfit.assess.workspace.synth.SyntheticHistory;
import dev.cloudfit.assess.workspace.synth.SyntheticVm;
import dev.cloudfit.assess.workspace.synth.WorkloadProfile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The workspace ingest benchmark (not a test; {@code bench/workspace-ingest.sh} runs it): writes
 * VMS VMs × DAYS days of 2-hour synthetic points (8 series per VM) into a fresh workspace through
 * the appender, then computes the 1-month summaries of every VM, and prints rows/s, the summary
 * time, the peak JVM heap and the database size. Arguments: VMS DAYS FOLDER.
 */
public final class WorkspaceIngestBench {

    /** CPU time of the whole process (DuckDB's native threads included). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) throws IOException {
        int vmCount = Integer.parseInt(args[0]);
        int days = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]);
        if (Files.exists(dir)) {
            System.err.println(dir + " exists; the benchmark writes a fresh workspace, remove it first");
            System.exit(2);
        }
        WorkloadProfile[] profiles = WorkloadProfile.values();
        List<SyntheticVm> vms = new ArrayList<>(vmCount);
        for (int i = 0; i < vmCount; i++) {
            vms.add(SyntheticVm.simple(String.format(Locale.ROOT, "vc-bench/vm-%06d", i), profiles[i % profiles.length]));
        }
        Instant end = Instant.parse("2026-11-01T00:00:00Z");
        TimeRange range = TimeRange.lastDays(end, days);
        try (Workspace ws = Workspace.open(dir)) {
            SyntheticHistory gen = new SyntheticHistory(1);
            long run = ws.runs().start(RunSource.generated("bench", gen.recipe()));
            long t0 = System.nanoTime();
            long cpu0 = cpuNanos();
            long rows;
            SampleAppender appender = ws.appender(run);
            try (SampleAppender out = appender) {
                rows = gen.write(out, vms, range, SyntheticHistory.TWO_HOURS);
            }
            double ingestS = (System.nanoTime() - t0) / 1e9;
            double ingestCpuS = (cpuNanos() - cpu0) / 1e9;
            ws.runs().complete(run, range, new RunCounts(0, 0, rows));
            System.out.printf(Locale.ROOT, "ingest: %,d VMs x %d days x 2 h x 8 series = %,d rows (%,d new) in %.1f s = %,.0f rows/s"
                    + " (process CPU %.1f s = %,.0f rows per CPU-second)%n",
                    vmCount, days, rows, appender.inserted(), ingestS, rows / ingestS, ingestCpuS, rows / ingestCpuS);

            long t1 = System.nanoTime();
            long cpu1 = cpuNanos();
            long[] seen = new long[3];
            double[] sum = new double[1];
            ws.summaries().forEachVm(SummaryWindow.lastMonth(end), s -> {
                seen[0]++;
                seen[1] += s.counters().size();
                sum[0] += s.aggregate(PerfCounters.CPU_USAGE).orElseThrow().percentiles().p95();
            });
            double summaryS = (System.nanoTime() - t1) / 1e9;
            System.out.printf(Locale.ROOT, "summaries: %,d VMs, %,d series (P50/90/95/99, min, max, counts) in %.2f s"
                    + " (process CPU %.2f s); mean CPU P95 %.1f %%%n",
                    seen[0], seen[1], summaryS, (cpuNanos() - cpu1) / 1e9, sum[0] / Math.max(1, seen[0]));
        }
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "machine: %d cores, load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "peak heap: %.0f MiB (max %d MiB); database %s: %.0f MiB%n", peakHeap / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576, dir.resolve(Workspace.DATABASE_FILE),
                Files.size(dir.resolve(Workspace.DATABASE_FILE)) / 1048576.0);
    }
}
