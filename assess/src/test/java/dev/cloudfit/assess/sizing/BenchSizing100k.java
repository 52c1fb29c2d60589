package dev.cloudfit.assess.sizing;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.inventory.Firmware;
import dev.cloudfit.assess.inventory.GuestOs;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.sizing.avs.AvsDemand;
import dev.cloudfit.assess.sizing.avs.AvsDemandCalculator;
import dev.cloudfit.assess.sizing.avs.AvsNodeResult;
import dev.cloudfit.assess.sizing.avs.AvsSizer;
import dev.cloudfit.assess.sizing.iaas.IaasResult;
import dev.cloudfit.assess.sizing.iaas.IaasSizer;
import dev.cloudfit.assess.sizing.perf.CounterAccumulator;
import dev.cloudfit.assess.sizing.perf.CounterKind;
import dev.cloudfit.assess.sizing.perf.CounterSummary;
import dev.cloudfit.assess.sizing.perf.DiskPerf;
import dev.cloudfit.assess.sizing.perf.NicPerf;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.readiness.Readiness;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.sizing.settings.Percentile;
import dev.cloudfit.core.units.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Benchmark, not a timed test: sizes 100,000 synthetic VMs (1–8 disks, 1–2 NICs), each with a
 * performance summary folded from 30 days of 2-hour points (360 per counter) through the streaming
 * percentile, then IaaS sizing, AVS demand and the estate's AVS node count. Runs only with
 * {@code -Dcloudfit.bench=true}; see {@code bench/sizing-100k.sh}. Prints timings and heap use.
 */
@EnabledIfSystemProperty(named = "cloudfit.bench", matches = "true")
class BenchSizing100k {

    private static final int VMS = Integer.getInteger("cloudfit.bench.vms", 100_000);
    private static final Duration WINDOW = Duration.ofDays(30);
    private static final Duration INTERVAL = Duration.ofHours(2);
    private static final String[] OS = {"Microsoft Windows Server 2019 (64-bit)", "Red Hat Enterprise Linux 8 (64-bit)",
            "Ubuntu Linux (64-bit)", "Microsoft Windows Server 2012 R2 (64-bit)", "CentOS 7 (64-bit)"};
    private static final int[] VCPUS = {1, 2, 2, 4, 4, 4, 8, 8, 16, 32};
    private static final int[] MEM_GIB = {2, 4, 8, 8, 16, 16, 32, 64, 128, 256};

    @Test
    void size100kVms() {
        AzureCatalog catalog = AzureCatalog.bundled();
        AssessmentSettings settings = AssessmentSettings.defaults();
        SyntheticPrices prices = new SyntheticPrices(catalog);
        IaasSizer sizer = new IaasSizer(catalog, prices, settings);
        AvsDemandCalculator avsDemand = new AvsDemandCalculator(settings);
        SplittableRandom random = new SplittableRandom(20261125);

        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long perfNanos = 0;
        long sizeNanos = 0;
        long sizeCpuNanos = 0;
        long samples = 0;
        List<IaasResult> results = new ArrayList<>(VMS);
        List<AvsDemand> demands = new ArrayList<>(VMS);
        Map<Readiness, Integer> byReadiness = new EnumMap<>(Readiness.class);
        Money total = Money.zero(settings.currency());
        long start = System.nanoTime();
        for (int i = 0; i < VMS; i++) {
            Vm vm = syntheticVm(i, random);
            long t0 = System.nanoTime();
            PerfSummary perf = syntheticPerf(vm, random, settings.percentile());
            samples += perf.counters().mapToLong(CounterSummary::received).sum();
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            IaasResult r = sizer.size(vm, perf);
            demands.add(avsDemand.demand(vm, perf));
            sizeCpuNanos += cpu.getCurrentThreadCpuTime() - c1;
            long t2 = System.nanoTime();
            perfNanos += t1 - t0;
            sizeNanos += t2 - t1;
            results.add(r);
            byReadiness.merge(r.readiness(), 1, Integer::sum);
            if (r.monthlyCost().isPresent()) {
                total = total.plus(r.monthlyCost().get());
            }
        }
        long t3 = System.nanoTime();
        Optional<AvsNodeResult> avs = new AvsSizer(catalog, prices, settings).cheapest(demands);
        long avsNanos = System.nanoTime() - t3;
        long wall = System.nanoTime() - start;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);

        System.out.printf(Locale.ROOT, "sizing-100k: %,d VMs, %,d perf samples folded (30 days at 2 h)%n", VMS, samples);
        System.out.printf(Locale.ROOT, "  perf samples generated and folded into summaries: %6.2f s%n", perfNanos / 1e9);
        System.out.printf(Locale.ROOT, "  IaaS sizing    : %6.2f s (%,.0f VMs/s), incl. readiness, disks, size, binding, runner-up, AVS demand%n",
                sizeNanos / 1e9, VMS / (sizeNanos / 1e9));
        System.out.printf(Locale.ROOT, "  IaaS sizing CPU: %6.2f s of this thread's CPU time (%,.0f VMs per CPU-second)%n",
                sizeCpuNanos / 1e9, VMS / (sizeCpuNanos / 1e9));
        System.out.printf(Locale.ROOT, "  AVS node types : %6.3f s -> %s%n", avsNanos / 1e9,
                avs.map(a -> a.nodes() + " x " + a.nodeType() + " (limiting " + a.limitingFactor() + ")").orElse("none priced"));
        System.out.printf(Locale.ROOT, "  wall total     : %6.2f s (generation included); max heap %d MiB, live heap after run %d MiB%n",
                wall / 1e9, rt.maxMemory() / (1024 * 1024), heapMb);
        System.out.printf(Locale.ROOT, "  readiness %s; IaaS monthly total %s%n", byReadiness, total.rounded());
        if (results.size() != VMS) {
            throw new AssertionError("sized " + results.size() + " of " + VMS);
        }
    }

    private static Vm syntheticVm(int i, SplittableRandom r) {
        int k = r.nextInt(VCPUS.length);
        Vm.Builder b = TestVms.vm("vm" + i, VCPUS[k], MEM_GIB[Math.min(MEM_GIB.length - 1, k + r.nextInt(2))])
                .firmware(r.nextInt(3) == 0 ? Firmware.EFI : Firmware.BIOS)
                .guestOs(new GuestOs(OS[r.nextInt(OS.length)], null))
                .disks(List.of()).nics(List.of());
        int disks = 1 + r.nextInt(8);
        for (int d = 0; d < disks; d++) {
            b.disk(TestVms.disk("Hard disk " + (d + 1), d == 0 ? 60 + r.nextInt(200) : 10 + r.nextInt(2000)));
        }
        int nics = 1 + r.nextInt(2);
        for (int n = 0; n < nics; n++) {
            b.nic(TestVms.nic("Network adapter " + (n + 1)));
        }
        return b.build();
    }

    private static PerfSummary syntheticPerf(Vm vm, SplittableRandom r, Percentile p) {
        double cpuBase = 5 + r.nextDouble() * 50;
        double memBase = 20 + r.nextDouble() * 60;
        Optional<CounterSummary> cpu = series(CounterKind.CPU_PERCENT, r, p, cpuBase, 100);
        Optional<CounterSummary> mem = series(CounterKind.MEMORY_PERCENT, r, p, memBase, 100);
        List<DiskPerf> disks = new ArrayList<>();
        for (var d : vm.disks()) {
            double iops = r.nextDouble() * 800;
            double mbps = r.nextDouble() * 40;
            disks.add(new DiskPerf(d.label(), series(CounterKind.DISK_READ_IOPS, r, p, iops, 1e9),
                    series(CounterKind.DISK_WRITE_IOPS, r, p, iops / 2, 1e9),
                    series(CounterKind.DISK_READ_MBPS, r, p, mbps, 1e9), series(CounterKind.DISK_WRITE_MBPS, r, p, mbps / 2, 1e9)));
        }
        List<NicPerf> nics = new ArrayList<>();
        for (var n : vm.nics()) {
            double out = r.nextDouble() * 20;
            nics.add(new NicPerf(n.label(), series(CounterKind.NIC_IN_MBPS, r, p, out, 1e9), series(CounterKind.NIC_OUT_MBPS, r, p, out, 1e9)));
        }
        return new PerfSummary(vm.identity().key(), cpu, mem, disks, nics);
    }

    /** 360 points (some missing) around a base with bursts, folded as they are generated. */
    private static Optional<CounterSummary> series(CounterKind kind, SplittableRandom r, Percentile p, double base, double cap) {
        CounterAccumulator acc = new CounterAccumulator(kind, WINDOW, INTERVAL);
        long points = acc.expected();
        for (long i = 0; i < points; i++) {
            if (r.nextInt(50) == 0) {
                acc.add(Double.NaN);
                continue;
            }
            double v = base * (0.5 + r.nextDouble()) * (r.nextInt(20) == 0 ? 2.5 : 1);
            acc.add(Math.min(cap, v));
        }
        return acc.summarize(p);
    }
}
