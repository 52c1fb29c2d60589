package dev.cloudfit.assess.collect.perf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.vsphere.perf.PerfMetricId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeakFolderTest {

    @Test
    void keepsTheHighestValuePerTenMinutesAndOnlyCompleteBuckets() {
        Instant t0 = Instant.parse("2026-11-25T10:00:00Z");
        PerfMetricId cpu = new PerfMetricId(2, "");
        PeakFolder folder = new PeakFolder(600, t0);
        // 10:00:00 .. 10:14:40 every 20 s; value = seconds since t0 / 20, except one spike in the first bucket
        long[] values = new long[45];
        for (int i = 0; i < values.length; i++) {
            values[i] = i == 7 ? 1000 : i;
        }
        folder.accept(PerfSeriesChunks.of(cpu, t0, 20, values));
        folder.accept(PerfSeriesChunks.of(cpu, t0.minusSeconds(600), 20, new long[] {5000})); // before 'from': ignored

        List<PeakFolder.Peak> complete = folder.complete(t0.plusSeconds(900));
        assertThat(complete).containsExactly(new PeakFolder.Peak(cpu, t0, 1000));
        assertThat(folder.complete(t0.plusSeconds(1200))).containsExactly(new PeakFolder.Peak(cpu, t0, 1000),
                new PeakFolder.Peak(cpu, t0.plusSeconds(600), 44));
    }
}
