package dev.cloudfit.assess.workspace.perf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.workspace.RunCounts;
import dev.cloudfit.assess.workspace.RunSource;
import dev.cloudfit.assess.workspace.TimeRange;
import dev.cloudfit.assess.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backtest's view of a period: per VM and time, read + write summed over the VM's disk instances, outbound
 * summed over its NICs, CPU and memory from the aggregate series; inbound traffic and points outside the period
 * are not in it.
 */
class HeldOutSamplesTest {

    private static final Duration TWO_HOURS = Duration.ofHours(2);
    private static final Instant START = Instant.parse("2026-10-25T00:00:00Z");

    @TempDir
    Path tmp;

    private static void put(SampleAppender out, String vm, String counter, String instance, String unit,
            double... values) {
        TimeRange range = new TimeRange(START, START.plus(TWO_HOURS.multipliedBy(values.length)));
        int id = out.declare(new PerfSeries(new SeriesKey(vm, counter, instance, TWO_HOURS), unit,
                SeriesSource.GENERATED, "test"), range);
        for (int k = 0; k < values.length; k++) {
            out.append(id, START.plus(TWO_HOURS.multipliedBy(k)), values[k]);
        }
    }

    @Test
    void disksAndNicsAreSummedPerTime() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            long run = ws.runs().start(RunSource.generated("test", "held-out"));
            try (SampleAppender out = ws.appender(run)) {
                put(out, "vm-a", PerfCounters.CPU_USAGE, "", PerfCounters.UNIT_PERCENT, 10, 20, 30);
                put(out, "vm-a", PerfCounters.DISK_READ_IOPS, "scsi0:0", PerfCounters.UNIT_PER_SECOND, 100, 200, 300);
                put(out, "vm-a", PerfCounters.DISK_WRITE_IOPS, "scsi0:0", PerfCounters.UNIT_PER_SECOND, 1, 2, 3);
                put(out, "vm-a", PerfCounters.DISK_READ_IOPS, "scsi0:1", PerfCounters.UNIT_PER_SECOND, 10, 20, 30);
                put(out, "vm-a", PerfCounters.NET_TX_RATE, "4000", PerfCounters.UNIT_KBPS, 1000, 1000, 1000);
                put(out, "vm-a", PerfCounters.NET_TX_RATE, "4001", PerfCounters.UNIT_KBPS, 24, 24, 24);
                put(out, "vm-a", PerfCounters.NET_RX_RATE, "4000", PerfCounters.UNIT_KBPS, 9e6, 9e6, 9e6);
                put(out, "vm-b", PerfCounters.MEM_USAGE, "", PerfCounters.UNIT_PERCENT, 50, 60, 70);
            }
            ws.runs().complete(run, new TimeRange(START, START.plus(TWO_HOURS.multipliedBy(3))),
                    new RunCounts(2, 0, 24));

            List<HeldOutSamples.VmPoints> seen = new ArrayList<>();
            // the first two points only: [START, START + 4 h)
            ws.heldOutSamples().forEachVm(new TimeRange(START, START.plus(TWO_HOURS.multipliedBy(2))), seen::add);

            assertThat(seen).extracting(HeldOutSamples.VmPoints::vmKey).containsExactly("vm-a", "vm-b");
            List<HeldOutSamples.Point> a = seen.get(0).points();
            // IOPS at START: 100 + 1 + 10 = 111; at +2 h: 200 + 2 + 20 = 222. Out: 1,000 + 24 = 1,024 KiB/s
            assertThat(a).filteredOn(p -> p.load() == HeldOutSamples.Load.DISK_IOPS)
                    .extracting(HeldOutSamples.Point::value).containsExactly(111.0, 222.0);
            assertThat(a).filteredOn(p -> p.load() == HeldOutSamples.Load.NETWORK_OUT_RATE)
                    .extracting(HeldOutSamples.Point::value).containsExactly(1024.0, 1024.0);
            assertThat(a).filteredOn(p -> p.load() == HeldOutSamples.Load.CPU_PERCENT)
                    .extracting(HeldOutSamples.Point::value).containsExactly(10.0, 20.0);
            assertThat(a).extracting(HeldOutSamples.Point::load).doesNotContain(HeldOutSamples.Load.MEMORY_PERCENT,
                    HeldOutSamples.Load.DISK_RATE);
            assertThat(a).allSatisfy(p -> assertThat(p.interval()).isEqualTo(TWO_HOURS));
            assertThat(seen.get(1).points()).extracting(HeldOutSamples.Point::value).containsExactly(50.0, 60.0);
        }
    }
}
