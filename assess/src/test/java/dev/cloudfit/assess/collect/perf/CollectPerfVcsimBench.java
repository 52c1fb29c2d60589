package dev.cloudfit.assess.collect.perf;

import dev.cloudfit.assess.workspace.RunCounts;
import dev.cloudfit.assess.workspace.RunSource;
import dev.cloudfit.assess.workspace.Workspace;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.VcsimConfig;
import dev.cloudfit.vsphere.perf.PerformanceManager;
import dev.cloudfit.vsphere.session.VcenterSession;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The history collection benchmark (not a test; {@code bench/collect-perf-vcsim.sh} runs it): starts
 * vcsim with VMS VMs, collects DAYS days of history at the given sampling periods (default 7200 s,
 * the 2-hour rollup) with PARALLELISM workers into a fresh workspace, and prints VMs/s, samples/s,
 * the peak heap and the live heap (sampled after collections every 2 s). vcsim's start-up is not timed.
 * Arguments: VMS DAYS FOLDER [PERIODS=7200[,1800,...]] [PARALLELISM=4].
 */
public final class CollectPerfVcsimBench {

    public static void main(String[] args) throws Exception {
        int vmCount = Integer.parseInt(args[0]);
        int days = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]);
        Set<Duration> periods = new HashSet<>();
        for (String p : (args.length > 3 ? args[3] : "7200").split(",")) {
            periods.add(Duration.ofSeconds(Long.parseLong(p.strip())));
        }
        int parallelism = args.length > 4 ? Integer.parseInt(args[4]) : PerfCollectSettings.DEFAULT_PARALLELISM;
        if (Files.exists(dir)) {
            System.err.println(dir + " exists; the benchmark writes a fresh workspace, remove it first");
            System.exit(2);
        }
        VcsimConfig config = new VcsimConfig(1, 1, 3, 1, (vmCount + 1) / 2, 1, 1, "user");
        long s0 = System.nanoTime();
        try (Vcsim vcsim = Vcsim.start(config); VcenterSession session = VcsimTargets.connect(vcsim);
                Workspace ws = Workspace.open(dir)) {
            List<PerfTarget> vms = VcsimTargets.vms(session);
            System.out.printf(Locale.ROOT, "vcsim: %,d VMs ready in %.1f s (not timed)%n", vms.size(),
                    (System.nanoTime() - s0) / 1e9);
            PerformanceManager perf = new PerformanceManager(session);
            perf.counters();
            long run = ws.runs().start(RunSource.vcenter("vcsim-bench", session.serviceContent().about().instanceUuid()));
            System.gc();
            resetPeaks();
            AtomicLong liveMax = new AtomicLong();
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "heap-sampler");
                t.setDaemon(true);
                return t;
            });
            sampler.scheduleAtFixedRate(() -> liveMax.accumulateAndGet(liveHeapAfterCollection(), Math::max),
                    2, 2, TimeUnit.SECONDS);
            long cpu0 = cpuNanos();
            PerfHistorySummary s = new PerfHistoryCollector(perf, ws, run).collect(vms,
                    new PerfCollectSettings(days, parallelism, periods), p -> { });
            double cpuS = (cpuNanos() - cpu0) / 1e9;
            sampler.shutdownNow();
            ws.runs().complete(run, s.intervals().get(s.intervals().size() - 1).range(),
                    new RunCounts(s.vms(), 0, s.samples()));
            System.out.printf(Locale.ROOT, "collect: %,d VMs x %d days at %s s, parallelism %d: %,d samples (%,d new, %,d gaps),"
                    + " %,d QueryPerf calls in %.1f s = %.1f VMs/s, %,.0f samples/s (process CPU %.1f s)%n",
                    s.vms(), days, periods.stream().map(d -> Long.toString(d.toSeconds())).sorted().toList(), parallelism,
                    s.samples(), s.inserted(), s.gaps(), s.queries(), s.duration().toNanos() / 1e9, s.vmsPerSecond(),
                    s.samplesPerSecond(), cpuS);
        }
        System.out.printf(Locale.ROOT, "machine: %d cores, load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "heap: peak %.0f MiB (garbage included, max %d MiB); live after GC at most %.0f MiB%n",
                peakHeap() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576, 0.0 + LIVE.get() / 1048576.0);
    }

    private static final AtomicLong LIVE = new AtomicLong();

    /** Heap in use right after the last collection, per the collectors' usage-after-GC figures. */
    private static long liveHeapAfterCollection() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        LIVE.accumulateAndGet(used, Math::max);
        return used;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
