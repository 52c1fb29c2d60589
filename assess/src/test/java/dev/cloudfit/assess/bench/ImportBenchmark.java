package dev.cloudfit.assess.bench;

import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.io.InventoryInput;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Benchmark, not a test: imports an inventory and prints wall time and peak heap. Run through
 * {@code bench/import-rvtools.sh}, which caps the heap (-Xmx512m by default).
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) {
        Path input = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (int run = 1; run <= runs; run++) {
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long processStart = processCpuNanos();
            long start = System.nanoTime();
            Inventory inv = InventoryInput.read(input);
            long elapsed = System.nanoTime() - start;
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart;
            long processCpu = processCpuNanos() - processStart;
            double peak = peakHeapMib();
            System.gc();
            double live = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576.0;
            long disks = inv.vms().stream().mapToLong(v -> v.disks().size()).sum();
            long nics = inv.vms().stream().mapToLong(v -> v.nics().size()).sum();
            long partitions = inv.vms().stream().mapToLong(v -> v.partitions().size()).sum();
            System.out.printf(Locale.ROOT,
                    "run %d: %s: %d VMs, %d disks, %d NICs, %d partitions, %d hosts in %.2f s wall (CPU: %.2f s"
                            + " importing thread, %.2f s whole JVM incl. read-ahead, GC, JIT); peak heap %.0f MiB,"
                            + " live after import %.0f MiB (max %.0f MiB)%n",
                    run, input.getFileName(), inv.vms().size(), disks, nics, partitions, inv.hosts().size(),
                    elapsed / 1e9, cpu / 1e9, processCpu / 1e9, peak, live, Runtime.getRuntime().maxMemory() / 1048576.0);
        }
    }

    /** CPU time of the whole JVM (all threads), or 0 where the platform does not tell. */
    static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    static double peakHeapMib() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1048576.0;
    }
}
