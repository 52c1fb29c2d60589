package dev.cloudfit.assess.collect.perf;

import dev.cloudfit.vsphere.perf.PerfMetricId;
import dev.cloudfit.vsphere.perf.PerfSeriesChunk;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.time.Instant;

final class PerfSeriesChunks {

    private PerfSeriesChunks() {
    }

    static PerfSeriesChunk of(PerfMetricId metric, Instant start, int interval, long[] values) {
        return PerfSeriesChunk.of(new ManagedObjectReference("VirtualMachine", "vm-1"), metric, start, interval, values);
    }
}
