package dev.cloudfit.assess.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.catalog.VmSizeName;
import dev.cloudfit.assess.catalog.VmSizeSpec;
import dev.cloudfit.assess.inventory.Firmware;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.inventory.VmIdentity;
import dev.cloudfit.assess.workspace.perf.HeldOutSamples.Load;
import dev.cloudfit.assess.workspace.perf.HeldOutSamples.Point;
import dev.cloudfit.assess.workspace.perf.HeldOutSamples.VmPoints;
import dev.cloudfit.assess.workspace.perf.PerfCounters;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.reports.model.BacktestVm;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every counter against its limit, by hand. The size is the catalog's Standard_D2as_v5 (vm-sizes.json: 2 vCPUs,
 * 8 GiB, uncached 3,750 IOPS and 82 MB/s, 12,500 Mbit/s); the VM has 4 vCPUs and 16 GiB.
 */
class HeldOutCheckTest {

    private static final Instant T0 = Instant.parse("2026-10-25T00:00:00Z");
    private static final Duration TWO_HOURS = Duration.ofHours(2);
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    private static Point p(Load load, Duration interval, String unit, int step, double value) {
        return new Point(load, interval, unit, T0.plus(TWO_HOURS.multipliedBy(step)), value);
    }

    @Test
    void eachCounterIsComparedWithItsLimitAtItsFinestInterval() {
        Vm vm = Vm.builder(new VmIdentity("db1", "vc1", "vm-1", null, null)).vcpus(4)
                .memory(DataSize.ofGibibytes(16)).firmware(Firmware.EFI).build();
        VmSizeSpec size = AzureCatalog.bundled().vmSize(VmSizeName.of("Standard_D2as_v5")).orElseThrow();
        String pct = PerfCounters.UNIT_PERCENT;
        String kbps = PerfCounters.UNIT_KBPS;
        String perSecond = PerfCounters.UNIT_PER_SECOND;
        List<Point> points = List.of(
                // t0: 4 × 40 % = 1.6 vCPUs <= 2; 16 × 40 % = 6.4 GiB <= 8; 80,000 KiB/s = 81.92 MB/s <= 82;
                // 100,000 KiB/s out = 102.4 MB/s <= 1,562.5 MB/s: not over
                p(Load.CPU_PERCENT, TWO_HOURS, pct, 0, 40), p(Load.MEMORY_PERCENT, TWO_HOURS, pct, 0, 40),
                p(Load.DISK_RATE, TWO_HOURS, kbps, 0, 80_000), p(Load.NETWORK_OUT_RATE, TWO_HOURS, kbps, 0, 100_000),
                // t1: 16 × 60 % = 9.6 GiB > 8 (memory); 80,100 KiB/s = 82.0224 MB/s > 82 (disk MB/s); the 2-hour
                // IOPS point (3,751 > 3,750) does not count: IOPS are also stored at 5 minutes, the finer interval
                p(Load.CPU_PERCENT, TWO_HOURS, pct, 1, 40), p(Load.MEMORY_PERCENT, TWO_HOURS, pct, 1, 60),
                p(Load.DISK_RATE, TWO_HOURS, kbps, 1, 80_100), p(Load.DISK_IOPS, TWO_HOURS, perSecond, 1, 3_751),
                // t2: 4 × 60 % = 2.4 vCPUs > 2 (CPU)
                p(Load.CPU_PERCENT, TWO_HOURS, pct, 2, 60), p(Load.MEMORY_PERCENT, TWO_HOURS, pct, 2, 40),
                // t3: 16 × 70 % = 11.2 GiB > 8 (memory)
                p(Load.CPU_PERCENT, TWO_HOURS, pct, 3, 10), p(Load.MEMORY_PERCENT, TWO_HOURS, pct, 3, 70),
                // t4: a rate in a unit the check does not know is not guessed: no sample
                p(Load.DISK_RATE, TWO_HOURS, "percent", 4, 1e9),
                // t0 + 5 min: 100 IOPS <= 3,750, a sample time of its own
                new Point(Load.DISK_IOPS, FIVE_MINUTES, perSecond, T0.plus(FIVE_MINUTES), 100));

        BacktestVm r = HeldOutCheck.check(new dev.cloudfit.reports.model.VmIdentity("db1", "vc1", "vm-1", "u-1"),
                new SizeCapacity(vm, size), new VmPoints("db1", points));

        // sample times t0, t1, t2, t3, t0 + 5 min; over at t1, t2, t3; memory over twice, CPU and disk MB/s once
        assertThat(r.samples()).isEqualTo(5);
        assertThat(r.over()).isEqualTo(3);
        assertThat(r.worst()).contains("memory");
        assertThat(r.worstOver()).isEqualTo(2);
        assertThat(r.describe()).isEqualTo("3 of 5 (60.0 %), worst: memory (2)");
    }
}
