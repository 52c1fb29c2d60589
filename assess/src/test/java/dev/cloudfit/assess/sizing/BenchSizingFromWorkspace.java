package dev.cloudfit.assess.sizing;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.DiskAddress;
import dev.cloudfit.assess.inventory.DiskProvisioning;
import dev.cloudfit.assess.inventory.Firmware;
import dev.cloudfit.assess.inventory.GuestOs;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.InventorySource;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.report.WorkspacePerf;
import dev.cloudfit.assess.sizing.iaas.IaasResult;
import dev.cloudfit.assess.sizing.iaas.IaasSizer;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.workspace.RunCounts;
import dev.cloudfit.assess.workspace.RunSource;
import dev.cloudfit.assess.workspace.TimeRange;
import dev.cloudfit.assess.workspace.Workspace;
import dev.cloudfit.assess.workspace.perf.SampleAppender;
import dev.cloudfit.assess.workspace.synth.SyntheticHistory;
import dev.cloudfit.assess.workspace.synth.SyntheticVm;
import dev.cloudfit.assess.workspace.synth.WorkloadProfile;
import dev.cloudfit.core.units.DataSize;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Benchmark of the workspace path, not a timed test: a workspace with {@code cloudfit.bench.wsvms} VMs
 * (default 500; 1–8 disks at vCenter addresses, 1–2 NICs) and their synthetic per-disk and per-NIC
 * history (30 days at 2-hour points), then the SQL percentile summaries of every series
 * ({@link WorkspacePerf#load}: DuckDB {@code quantile_disc} grouped by series) and IaaS sizing of every VM
 * from them. Prints ingest, summary and sizing time (wall and process CPU) and the per-VM cost scaled to
 * 100,000 VMs. Runs only with {@code -Dcloudfit.bench=true}; see {@code bench/sizing-100k.sh}.
 */
@EnabledIfSystemProperty(named = "cloudfit.bench", matches = "true")
class BenchSizingFromWorkspace {

    private static final int VMS = Integer.getInteger("cloudfit.bench.wsvms", 500);
    private static final Instant END = Instant.parse("2026-11-01T00:00:00Z");
    private static final WorkloadProfile[] PROFILES = WorkloadProfile.values();

    @Test
    void sizeFromWorkspace() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "bench-ws-");
        List<Vm> vms = new ArrayList<>(VMS);
        List<SyntheticVm> synth = new ArrayList<>(VMS);
        for (int i = 0; i < VMS; i++) {
            Vm vm = vm(i, "");
            vms.add(vm);
            synth.add(SyntheticVm.of(vm, PROFILES[i % PROFILES.length]));
        }
        AzureCatalog catalog = AzureCatalog.bundled();
        AssessmentSettings settings = AssessmentSettings.defaults();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        long t0 = System.nanoTime();
        long c0 = os.getProcessCpuTime();
        long rows;
        long series = 0;
        for (SyntheticVm s : synth) {
            series += 2 + 4L * s.disks().size() + 2L * s.nics().size();
        }
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            SyntheticHistory history = new SyntheticHistory(7);
            TimeRange range = TimeRange.lastDays(END, 30);
            long run = ws.runs().start(RunSource.generated("bench", history.recipe()));
            ws.storeInventory(run, new Inventory(vms, List.of(),
                    new InventorySource(InventorySource.GENERATED, "bench", "00".repeat(32), null, Map.of(), List.of(), Map.of())));
            try (SampleAppender out = ws.appender(run)) {
                rows = history.write(out, synth, range, SyntheticHistory.TWO_HOURS);
            }
            ws.runs().complete(run, range, new RunCounts(VMS, 0, rows));
            long t1 = System.nanoTime();
            long c1 = os.getProcessCpuTime();

            Map<String, PerfSummary> perf = WorkspacePerf.load(ws, settings);
            long t2 = System.nanoTime();
            long c2 = os.getProcessCpuTime();
            long firstWall = t2 - t1;
            long firstCpu = c2 - c1;

            perf = WorkspacePerf.load(ws, settings); // again: read from perf_summary_cache
            long t2b = System.nanoTime();
            long c2b = os.getProcessCpuTime();
            long cachedWall = t2b - t2;
            long cachedCpu = c2b - c2;
            IaasSizer sizer = new IaasSizer(catalog, new SyntheticPrices(catalog), settings);
            int measuredDisks = 0;
            for (Vm vm : vms) {
                IaasResult r = sizer.size(vm, perf.getOrDefault(vm.identity().key(), PerfSummary.none(vm.identity().key())));
                measuredDisks += r.needs().map(n -> n.disks().stream().filter(d -> d.measured()).count()).orElse(0L).intValue();
            }
            long t3 = System.nanoTime();
            long c3 = os.getProcessCpuTime();
            t2 = t2b;
            c2 = c2b;

            double scale = 100_000.0 / VMS;
            System.out.printf(Locale.ROOT, "sizing-from-workspace: %,d VMs, %,d series, %,d samples (30 days at 2 h, per disk and NIC)%n",
                    VMS, series, rows);
            System.out.printf(Locale.ROOT, "  ingest (not sizing)      : %7.2f s wall, %7.2f s CPU%n", (t1 - t0) / 1e9, (c1 - c0) / 1e9);
            System.out.printf(Locale.ROOT, "  SQL summaries (computed) : %7.2f s wall, %7.2f s CPU (%,.0f samples per CPU-second); x%.0f -> %.0f s CPU for 100,000 VMs%n",
                    firstWall / 1e9, firstCpu / 1e9, rows / (firstCpu / 1e9), scale, firstCpu / 1e9 * scale);
            System.out.printf(Locale.ROOT, "  summaries (cached)       : %7.2f s wall, %7.2f s CPU; x%.0f -> %.1f s CPU for 100,000 VMs%n",
                    cachedWall / 1e9, cachedCpu / 1e9, scale, cachedCpu / 1e9 * scale);
            System.out.printf(Locale.ROOT, "  IaaS sizing              : %7.2f s wall, %7.2f s CPU; %,d of the VMs' disks sized on their own history%n",
                    (t3 - t2) / 1e9, (c3 - c2) / 1e9, measuredDisks);
            if (perf.size() != VMS) {
                throw new AssertionError("summaries for " + perf.size() + " of " + VMS + " VMs");
            }
        }
        cachedEstateOf100k(dir.resolve("ws"), catalog, settings, os);
    }

    /**
     * 100,000 VMs from cached summaries: the cache rows of the measured VMs are copied under new VM keys
     * ({@code key#n}) in the workspace file until they cover 100,000 VMs (ingesting 830 M samples is not
     * possible on the benchmark machine), then the workspace is opened as an assessment would, the summaries
     * read and every VM sized.
     */
    private static void cachedEstateOf100k(Path ws, AzureCatalog catalog, AssessmentSettings settings,
            com.sun.management.OperatingSystemMXBean os) throws Exception {
        int copies = Math.max(1, 100_000 / VMS);
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + ws.resolve(Workspace.DATABASE_FILE));
                var s = c.createStatement()) {
            s.execute("INSERT INTO perf_summary_cache SELECT window_start_us, window_end_us, data_stamp, vm_key || '#' || r, "
                    + "counter, instance, interval_s, unit, source, received, p50, p90, p95, p99, min_v, max_v, first_us, "
                    + "last_us FROM perf_summary_cache CROSS JOIN range(1, " + copies + ") t(r)");
        }
        List<Vm> vms = new ArrayList<>(VMS * copies);
        for (int n = 0; n < copies; n++) {
            for (int i = 0; i < VMS; i++) {
                vms.add(vm(i, n == 0 ? "" : "#" + n));
            }
        }
        long t0 = System.nanoTime();
        long c0 = os.getProcessCpuTime();
        Map<String, PerfSummary> perf;
        try (Workspace w = Workspace.open(ws)) {
            perf = WorkspacePerf.load(w, settings);
        }
        long t1 = System.nanoTime();
        long c1 = os.getProcessCpuTime();
        IaasSizer sizer = new IaasSizer(catalog, new SyntheticPrices(catalog), settings);
        long counters = 0;
        for (Vm vm : vms) {
            PerfSummary p = perf.get(vm.identity().key());
            counters += p.counters().count();
            sizer.size(vm, p);
        }
        long t2 = System.nanoTime();
        long c2 = os.getProcessCpuTime();
        System.out.printf(Locale.ROOT, "sizing 100k from cached workspace summaries: %,d VMs, %,d counter summaries read%n",
                vms.size(), counters);
        System.out.printf(Locale.ROOT, "  open + read summaries    : %7.2f s wall, %7.2f s CPU%n", (t1 - t0) / 1e9, (c1 - c0) / 1e9);
        System.out.printf(Locale.ROOT, "  IaaS sizing              : %7.2f s wall, %7.2f s CPU%n", (t2 - t1) / 1e9, (c2 - c1) / 1e9);
        System.out.printf(Locale.ROOT, "  total                    : %7.2f s wall, %7.2f s CPU (max heap %d MiB)%n", (t2 - t0) / 1e9,
                (c2 - c0) / 1e9, Runtime.getRuntime().maxMemory() / (1024 * 1024));
        if (perf.size() != vms.size()) {
            throw new AssertionError("summaries for " + perf.size() + " of " + vms.size() + " VMs");
        }
    }

    /** VM {@code i}, the same for every {@code copy} suffix except its name (and so its key). */
    private static Vm vm(int i, String copy) {
        SplittableRandom r = new SplittableRandom(20261125L + i);
        int[] vcpus = {1, 2, 2, 4, 4, 4, 8, 8, 16, 32};
        int[] memGib = {2, 4, 8, 8, 16, 16, 32, 64, 128, 256};
        int k = r.nextInt(vcpus.length);
        Vm.Builder b = TestVms.vm("ws-vm" + i + copy, vcpus[k], memGib[Math.min(memGib.length - 1, k + r.nextInt(2))])
                .firmware(r.nextInt(3) == 0 ? Firmware.EFI : Firmware.BIOS)
                .guestOs(new GuestOs("Microsoft Windows Server 2019 (64-bit)", null))
                .disks(List.of()).nics(List.of());
        int disks = 1 + r.nextInt(8);
        for (int d = 0; d < disks; d++) {
            b.disk(new Disk("Hard disk " + (d + 1), DataSize.ofGibibytes(d == 0 ? 60 + r.nextInt(200) : 10 + r.nextInt(2000)),
                    DiskProvisioning.THIN, "ds1", "VMware paravirtual SCSI", false, false, false,
                    new DiskAddress("scsi", d / 7, d % 7)));
        }
        int nics = 1 + r.nextInt(2);
        for (int n = 0; n < nics; n++) {
            b.nic(TestVms.nic("Network adapter " + (n + 1)));
        }
        return b.build();
    }
}
