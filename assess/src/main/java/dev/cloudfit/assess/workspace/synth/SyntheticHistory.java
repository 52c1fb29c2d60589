package dev.cloudfit.assess.workspace.synth;

import dev.cloudfit.assess.workspace.TimeRange;
import dev.cloudfit.assess.workspace.perf.PerfCounters;
import dev.cloudfit.assess.workspace.perf.PerfSeries;
import dev.cloudfit.assess.workspace.perf.SampleAppender;
import dev.cloudfit.assess.workspace.perf.SeriesKey;
import dev.cloudfit.assess.workspace.perf.SeriesSource;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic performance history for tests, the demo and the benchmark: the same seed, VMs and
 * range give the same samples, in any JVM. Each VM draws from its own {@link SplittableRandom}
 * seeded from the seed and its key, so adding a VM does not change the others.
 *
 * <p>Points are stamped at the start of each interval inside the range. A rollup point stands for
 * the average of its interval, so its noise shrinks with the interval (√(5 min / interval)) while
 * spikes keep their chance per point: coarse series are smoother, as vCenter's rollups are.
 */
public final class SyntheticHistory {

    /** vCenter's past-month rollup. */
    public static final Duration TWO_HOURS = Duration.ofHours(2);
    /** vCenter's past-day rollup. */
    public static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    /** Share of the VM's I/O load per disk, by position: the OS disk as before, data disks busier or quieter. */
    private static final double[] DISK_WEIGHT = {1.0, 2.5, 0.4, 1.5, 0.2, 3.0, 0.8, 1.2};

    private final long seed;

    public SyntheticHistory(long seed) {
        this.seed = seed;
    }

    /** A recipe string that, stored as a run's source fingerprint, says how to make the data again. */
    public String recipe() {
        return "SyntheticHistory seed=" + seed;
    }

    /** Appends every series of every VM over {@code range} at {@code interval}; returns the samples written. */
    public long write(SampleAppender out, List<SyntheticVm> vms, TimeRange range, Duration interval) {
        long n = 0;
        for (SyntheticVm vm : vms) {
            n += writeVm(out, vm, range, interval);
        }
        return n;
    }

    private long writeVm(SampleAppender out, SyntheticVm vm, TimeRange range, Duration interval) {
        WorkloadProfile p = vm.profile();
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + vm.vmKey().hashCode()
                + interval.toSeconds());
        double noise = p.noiseSd * Math.sqrt(300.0 / interval.toSeconds());
        int cpu = declare(out, vm, PerfCounters.CPU_USAGE, "", interval, PerfCounters.UNIT_PERCENT, range);
        int mem = declare(out, vm, PerfCounters.MEM_USAGE, "", interval, PerfCounters.UNIT_PERCENT, range);
        int[][] disk = new int[vm.disks().size()][];
        for (int d = 0; d < disk.length; d++) {
            String inst = vm.disks().get(d);
            disk[d] = new int[] {
                declare(out, vm, PerfCounters.DISK_READ_IOPS, inst, interval, PerfCounters.UNIT_PER_SECOND, range),
                declare(out, vm, PerfCounters.DISK_WRITE_IOPS, inst, interval, PerfCounters.UNIT_PER_SECOND, range),
                declare(out, vm, PerfCounters.DISK_READ_RATE, inst, interval, PerfCounters.UNIT_KBPS, range),
                declare(out, vm, PerfCounters.DISK_WRITE_RATE, inst, interval, PerfCounters.UNIT_KBPS, range)};
        }
        int[][] nic = new int[vm.nics().size()][];
        for (int i = 0; i < nic.length; i++) {
            String inst = vm.nics().get(i);
            nic[i] = new int[] {
                declare(out, vm, PerfCounters.NET_RX_RATE, inst, interval, PerfCounters.UNIT_KBPS, range),
                declare(out, vm, PerfCounters.NET_TX_RATE, inst, interval, PerfCounters.UNIT_KBPS, range)};
        }
        long n = 0;
        long points = range.expectedPoints(interval);
        for (long k = 0; k < points; k++) {
            Instant t = range.start().plus(interval.multipliedBy(k));
            double activity = activity(p, t);
            boolean spike = random.nextDouble() < p.spikeChance;
            double spikeBoost = spike ? p.spikeHeight * (0.5 + 0.5 * random.nextDouble()) : 0;
            double cpuPct = clamp(p.cpuBase + p.cpuDaily * activity + noise * random.nextGaussian() + spikeBoost, 0, 100);
            double memPct = clamp(p.memBase + p.memDaily * activity + 0.5 * noise * random.nextGaussian(), 0, 100);
            out.append(cpu, t, round2(cpuPct));
            out.append(mem, t, round2(memPct));
            n += 2;
            double load = Math.max(0.02, cpuPct / Math.max(1, p.cpuBase + p.cpuDaily)) * p.ioScale;
            for (int di = 0; di < disk.length; di++) {
                int[] d = disk[di];
                double w = DISK_WEIGHT[di % DISK_WEIGHT.length];
                out.append(d[0], t, round2(positive(120 * w * load, random)));
                out.append(d[1], t, round2(positive(80 * w * load, random)));
                out.append(d[2], t, round2(positive(5000 * w * load, random)));
                out.append(d[3], t, round2(positive(3000 * w * load, random)));
                n += 4;
            }
            for (int[] i : nic) {
                out.append(i[0], t, round2(positive(1200 * load, random)));
                out.append(i[1], t, round2(positive(800 * load, random)));
                n += 2;
            }
        }
        return n;
    }

    /** 0 at 03:00 UTC, 1 at 15:00 UTC on weekdays; scaled by the profile's weekend factor on Saturday and Sunday. */
    static double activity(WorkloadProfile p, Instant t) {
        ZonedDateTime z = t.atZone(ZoneOffset.UTC);
        double hour = z.getHour() + z.getMinute() / 60.0;
        double daily = 0.5 - 0.5 * Math.cos(2 * Math.PI * (hour - 3) / 24);
        boolean weekend = z.getDayOfWeek() == DayOfWeek.SATURDAY || z.getDayOfWeek() == DayOfWeek.SUNDAY;
        return weekend ? daily * p.weekendFactor : daily;
    }

    private static int declare(SampleAppender out, SyntheticVm vm, String counter, String instance, Duration interval,
            String unit, TimeRange range) {
        return out.declare(new PerfSeries(new SeriesKey(vm.vmKey(), counter, instance, interval), unit,
                SeriesSource.GENERATED, "profile " + vm.profile().name().toLowerCase(java.util.Locale.ROOT)), range);
    }

    private static double positive(double mean, SplittableRandom random) {
        return Math.max(0, mean * (1 + 0.2 * random.nextGaussian()));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
