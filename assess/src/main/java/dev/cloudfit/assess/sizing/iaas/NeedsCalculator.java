package dev.cloudfit.assess.sizing.iaas;

import dev.cloudfit.core.units.DataRate;
import dev.cloudfit.assess.catalog.HyperVGeneration;
import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.Firmware;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.sizing.disk.DiskNeed;
import dev.cloudfit.assess.sizing.perf.CounterSummary;
import dev.cloudfit.assess.sizing.perf.DiskPerf;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.readiness.Finding;
import dev.cloudfit.assess.sizing.readiness.Severity;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.sizing.settings.SizingCriterion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Turns a VM and its performance summary into {@link VmNeeds} (METHOD steps 1–3, 7):
 * cores = vCPU × CPU% × CF; memory = configured × mem% × CF; per disk (read + write) × CF;
 * network = Σ outbound MB/s × CF. A missing CPU or memory counter falls back to the configured figure,
 * without the comfort factor, and says so. As-on-premises: configured cores and memory, no disk or
 * network performance. The VM's configured vCPUs and memory must be known.
 */
public final class NeedsCalculator {

    /** Points coarser than this are averages that hide the 10-minute peaks Azure Migrate sizes on. */
    static final Duration PEAK_INTERVAL = Duration.ofMinutes(10);

    private final AssessmentSettings settings;

    public NeedsCalculator(AssessmentSettings settings) {
        this.settings = settings;
    }

    public record Result(VmNeeds needs, List<Finding> findings) {
        public Result {
            findings = List.copyOf(findings);
        }
    }

    public Result compute(Vm vm, PerfSummary perf) {
        if (vm.vcpus() <= 0 || vm.memory().isZero()) {
            throw new IllegalArgumentException(vm.name() + ": configured vCPUs and memory must be known to size");
        }
        List<Finding> findings = new ArrayList<>();
        boolean perfBased = settings.criterion() == SizingCriterion.PERFORMANCE_BASED;
        double cf = settings.comfortFactor();

        double cores = vm.vcpus();
        NeedSource coresSource = perfBased ? NeedSource.CONFIGURED_FALLBACK : NeedSource.CONFIGURED;
        var memory = vm.memory();
        NeedSource memorySource = coresSource;
        if (perfBased) {
            if (perf.cpu().isPresent()) {
                cores = vm.vcpus() * perf.cpu().get().value() / 100.0 * cf;
                coresSource = NeedSource.MEASURED;
            } else {
                findings.add(Finding.of("perf.cpu-missing", "PercentageOfCoresUtilizedMissing", Severity.INFO,
                        "No CPU utilisation data: sized on the configured " + vm.vcpus() + " vCPUs (comfort factor not applied)",
                        "Collect CPU counters for the VM and re-assess"));
            }
            if (perf.memory().isPresent()) {
                memory = vm.memory().times(perf.memory().get().value() / 100.0 * cf);
                memorySource = NeedSource.MEASURED;
            } else {
                findings.add(Finding.of("perf.memory-missing", "PercentageOfMemoryUtilizedMissing", Severity.INFO,
                        "No memory utilisation data: sized on the configured " + vm.memory() + " (comfort factor not applied)",
                        "Collect memory counters for the VM and re-assess"));
            }
            coarsestInterval(perf).ifPresent(interval -> findings.add(Finding.of("perf.rollup-interval", "CoarsePerformanceData",
                    Severity.INFO, "Percentiles are over " + interval.toMinutes() + "-minute averages, not 10-minute peaks; short peaks are understated",
                    "Collect 20-second realtime samples (continuous collection) for peak-sensitive VMs")));
        }

        List<DiskNeed> disks = new ArrayList<>();
        List<Disk> vmDisks = vm.disks();
        for (int i = 0; i < vmDisks.size(); i++) {
            Disk d = vmDisks.get(i);
            String label = d.label() == null || d.label().isBlank() ? "disk " + (i + 1) : d.label();
            OptionalDouble iops = OptionalDouble.empty();
            OptionalDouble mbps = OptionalDouble.empty();
            if (perfBased) {
                Optional<DiskPerf> dp = perf.disk(d);
                if (dp.isPresent()) {
                    iops = dp.get().iops().map(v -> OptionalDouble.of(v * cf)).orElse(OptionalDouble.empty());
                    mbps = dp.get().mbps().map(v -> OptionalDouble.of(v * cf)).orElse(OptionalDouble.empty());
                }
            }
            disks.add(new DiskNeed(label, d.capacity(), i == 0, iops, mbps));
        }

        Optional<DataRate> network = perfBased
                ? perf.outboundMbps().map(v -> DataRate.ofMegabytesPerSecond(v * cf))
                : Optional.empty();
        HyperVGeneration generation = vm.firmware() == Firmware.EFI ? HyperVGeneration.V2 : HyperVGeneration.V1;
        return new Result(new VmNeeds(cores, coresSource, memory, memorySource, disks, Math.max(1, vm.nics().size()),
                network, generation), findings);
    }

    private static Optional<Duration> coarsestInterval(PerfSummary perf) {
        return perf.counters().map(CounterSummary::interval).filter(i -> i.compareTo(PEAK_INTERVAL) > 0)
                .max(Duration::compareTo);
    }
}
