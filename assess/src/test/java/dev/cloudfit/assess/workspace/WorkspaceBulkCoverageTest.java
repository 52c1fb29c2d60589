package dev.cloudfit.assess.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.workspace.perf.PerfCounters;
import dev.cloudfit.assess.workspace.perf.SampleAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SampleCoverage.missingForVms answers, for many VMs in one query, what missing() answers one series at a time. */
class WorkspaceBulkCoverageTest {

    @TempDir
    Path tmp;

    @Test
    void bulkGapsEqualPerSeriesGaps() {
        Duration h2 = WorkspaceSamplesTest.H2;
        Random random = new Random(42);
        List<String> vms = List.of("vc/vm-1", "vc/vm-2", "vc/vm-3", "vc/vm-4");
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            long run = ws.runs().start(RunSource.vcenter("vc", "uuid"));
            try (SampleAppender out = ws.appender(run)) {
                for (String vm : vms.subList(0, 3)) {
                    int s = out.declare(WorkspaceSamplesTest.cpu(vm, h2), new TimeRange(WorkspaceSamplesTest.T0,
                            WorkspaceSamplesTest.T0.plus(h2.multipliedBy(60))));
                    for (int k = 0; k < 60; k++) {
                        if (random.nextInt(4) != 0) { // holes of random length
                            WorkspaceSamplesTest.append(out, s, k, k + 1);
                        }
                    }
                }
            }
            for (TimeRange wanted : List.of(
                    new TimeRange(WorkspaceSamplesTest.T0, WorkspaceSamplesTest.T0.plus(h2.multipliedBy(60))),
                    new TimeRange(WorkspaceSamplesTest.T0.minus(h2.multipliedBy(5)), WorkspaceSamplesTest.T0.plus(h2.multipliedBy(70))),
                    new TimeRange(WorkspaceSamplesTest.T0.plus(Duration.ofMinutes(30)), WorkspaceSamplesTest.T0.plus(h2.multipliedBy(31))))) {
                Map<String, Map<String, List<TimeRange>>> bulk = ws.coverage().missingForVms(vms, h2, wanted);
                for (String vm : vms) {
                    List<TimeRange> one = ws.coverage().missing(vm, PerfCounters.CPU_USAGE, h2, wanted);
                    List<TimeRange> fromBulk = bulk.containsKey(vm) ? bulk.get(vm).get(PerfCounters.CPU_USAGE) : List.of(wanted);
                    assertThat(fromBulk).as(vm + " over " + wanted).isEqualTo(one);
                }
            }
            assertThat(ws.coverage().missingForVms(List.of("vc/vm-4"), h2, new TimeRange(WorkspaceSamplesTest.T0,
                    WorkspaceSamplesTest.T0.plus(h2)))).isEmpty();
        }
    }
}
