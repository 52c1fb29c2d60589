package dev.cloudfit.vsphere.perf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryBatchesTest {

    private static PerfQuerySpec spec(String vm, int metrics) {
        List<PerfMetricId> ids = new ArrayList<>();
        for (int i = 0; i < metrics; i++) {
            ids.add(new PerfMetricId(i, ""));
        }
        return new PerfQuerySpec(new ManagedObjectReference("VirtualMachine", vm), ids, null, null, 300, 0);
    }

    @Test
    void everyCallStaysWithinTheLimitAndEveryMetricIsAskedOnce() {
        List<PerfQuerySpec> specs = List.of(spec("vm-1", 3), spec("vm-2", 10), spec("vm-3", 1), spec("vm-4", 4));
        List<List<PerfQuerySpec>> calls = QueryBatches.plan(specs, 4);
        assertThat(calls).allSatisfy(call -> assertThat(QueryBatches.metricCount(call)).isBetween(1, 4));
        assertThat(calls).hasSize(5); // 18 metrics at 4 per call
        List<String> asked = new ArrayList<>();
        calls.forEach(call -> call.forEach(s -> s.metrics().forEach(m -> asked.add(s.entity().value() + "/" + m.counterKey()))));
        assertThat(asked).hasSize(18).doesNotHaveDuplicates();
    }

    @Test
    void specsThatFitStayWhole() {
        List<PerfQuerySpec> specs = List.of(spec("vm-1", 2), spec("vm-2", 2));
        assertThat(QueryBatches.plan(specs, 64)).containsExactly(specs);
    }
}
