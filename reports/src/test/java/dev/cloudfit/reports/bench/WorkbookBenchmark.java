package dev.cloudfit.reports.bench;

import dev.cloudfit.reports.plan.signing.TestSigning;
import dev.cloudfit.reports.model.AssessmentReport;
import dev.cloudfit.reports.plan.ApprovedPlan;
import dev.cloudfit.reports.plan.ApprovedPlanReader;
import dev.cloudfit.reports.testing.SampleReports;
import dev.cloudfit.reports.workbook.WorkbookWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Benchmark, not a test: builds a synthetic report of N VMs, writes the workbook, then verifies
 * it with the approved-plan reader; prints wall times, file size and peak heap. Run by
 * {@code bench/workbook-100k.sh}.
 */
public final class WorkbookBenchmark {

    private WorkbookBenchmark() {
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    public static void main(String[] args) throws Exception {
        int vms = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        long t0 = System.nanoTime();
        AssessmentReport report = SampleReports.sample(vms, 42);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long g1 = gcMillis();
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        new WorkbookWriter(TestSigning.SIGNER).write(report, out);
        long c2 = threads.getCurrentThreadCpuTime();
        long t2 = System.nanoTime();
        long g2 = gcMillis();
        ApprovedPlan plan = new ApprovedPlanReader(TestSigning.SIGNER.trustedKeys()).read(out);
        long t3 = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        long peak = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "VMs %,d, disks %,d, plan rows %,d%n", report.vms().size(),
                report.disks().size(), plan.planRows());
        System.out.printf(Locale.ROOT, "build model   %6.1f s%n", (t1 - t0) / 1e9);
        System.out.printf(Locale.ROOT, "write xlsx    %6.1f s wall, %6.1f s CPU of the writing thread (%,d bytes)%n",
                (t2 - t1) / 1e9, (c2 - c1) / 1e9, Files.size(out));
        System.out.printf(Locale.ROOT, "  of which garbage collection %6.1f s (all collectors, wall)%n", (g2 - g1) / 1e3);
        System.out.printf(Locale.ROOT, "verify plan   %6.1f s%n", (t3 - t2) / 1e9);
        System.out.printf(Locale.ROOT, "max heap %,d MiB, peak heap pools (sum) %,d MiB%n", rt.maxMemory() >> 20,
                peak >> 20);
    }
}
