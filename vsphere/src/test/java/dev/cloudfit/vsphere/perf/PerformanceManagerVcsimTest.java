package dev.cloudfit.vsphere.perf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.core.units.Percentage;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.testing.VcsimObjects;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PerformanceManager against the simulator: catalogue, availability, provider summary, QueryPerf. */
@WithVcsim
class PerformanceManagerVcsimTest {

    @Test
    void theCatalogueMapsNamesToKeysWithUnitsAndLevels(Vcsim vcsim) {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            PerformanceManager perf = new PerformanceManager(session);
            CounterCatalogue catalogue = perf.counters();
            assertThat(catalogue.size()).isGreaterThan(100);
            assertThat(perf.counters()).as("read once per manager").isSameAs(catalogue);
            PerfCounter cpu = catalogue.byName("cpu.usage.average").orElseThrow();
            assertThat(cpu.unit()).isEqualTo(PerfUnit.PERCENT);
            assertThat(cpu.statsType()).isEqualTo(StatsType.RATE);
            assertThat(cpu.level()).isEqualTo(1);
            assertThat(catalogue.byKey(cpu.key())).contains(cpu);
            PerfCounter ready = catalogue.byName("cpu.ready.summation").orElseThrow();
            assertThat(ready.unit()).isEqualTo(PerfUnit.MILLISECOND);
            assertThat(ready.statsType()).isEqualTo(StatsType.DELTA);
            assertThat(catalogue.byName("net.received.average").orElseThrow().unit()).isEqualTo(PerfUnit.KILOBYTES_PER_SECOND);
            assertThat(catalogue.byName("mem.consumed.average").orElseThrow().unit()).isEqualTo(PerfUnit.KILOBYTES);
            assertThat(catalogue.byName("no.such.counter")).isEmpty();
        }
    }

    @Test
    void theSimulatorListsNoHistoricalIntervals(Vcsim vcsim) {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            assertThat(new PerformanceManager(session).historicalIntervals())
                    .as("vcsim leaves PerformanceManager.historicalInterval unset; callers fall back to vSphere's defaults")
                    .isEmpty();
        }
    }

    @Test
    void providerSummaryAndAvailableMetrics(Vcsim vcsim) {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            PerformanceManager perf = new PerformanceManager(session);
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM0");
            PerfProviderSummary summary = perf.providerSummary(vm);
            assertThat(summary.entity()).isEqualTo(vm);
            assertThat(summary.currentSupported()).isTrue();
            assertThat(summary.summarySupported()).isTrue();
            assertThat(summary.refreshRate()).contains(Duration.ofSeconds(20));
            PerfProviderSummary dc = perf.providerSummary(VcsimObjects.byPath(session, "DC0"));
            assertThat(dc.currentSupported()).isFalse();
            assertThat(dc.refreshRate()).isEmpty();

            int cpu = perf.counters().byName("cpu.usage.average").orElseThrow().key();
            int rx = perf.counters().byName("net.received.average").orElseThrow().key();
            List<PerfMetricId> available = perf.availableMetrics(vm, 300, null, null);
            assertThat(available).contains(new PerfMetricId(cpu, ""), new PerfMetricId(rx, "4000"));
        }
    }

    @Test
    void queryPerfStreamsTypedSamplesAtTheAskedInterval(Vcsim vcsim) {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            PerformanceManager perf = new PerformanceManager(session);
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM0");
            PerfCounter cpu = perf.counters().byName("cpu.usage.average").orElseThrow();
            PerfCounter rx = perf.counters().byName("net.received.average").orElseThrow();
            Instant end = Instant.parse("2026-11-20T12:00:00Z");
            List<PerfSample> samples = new ArrayList<>();
            PerfQueryStats stats = perf.query(List.of(new PerfQuerySpec(vm,
                    List.of(new PerfMetricId(cpu.key(), ""), new PerfMetricId(rx.key(), "4000")),
                    end.minus(Duration.ofHours(1)), end, 300, 12)), chunk -> {
                        for (int i = 0; i < chunk.size(); i++) {
                            samples.add(chunk.sample(i));
                        }
                    });
            assertThat(stats.calls()).isEqualTo(1);
            assertThat(stats.samples()).isEqualTo(24);
            assertThat(samples).hasSize(24).allSatisfy(s -> {
                assertThat(s.entity()).isEqualTo(vm);
                assertThat(s.interval()).isEqualTo(Duration.ofMinutes(5));
                assertThat(s.timestamp()).isBetween(end.minus(Duration.ofMinutes(55)), end);
                assertThat(Duration.between(s.timestamp(), end).toSeconds() % 300).isZero();
            });
            assertThat(samples).filteredOn(s -> s.metric().counterKey() == cpu.key()).hasSize(12)
                    .allSatisfy(s -> assertThat(cpu.percentage(s.value())).isBetween(Percentage.ZERO, Percentage.HUNDRED));
            assertThat(samples).filteredOn(s -> s.metric().instance().equals("4000")).hasSize(12);
        }
    }

    @Test
    void queriesAreCutBelowMaxQueryMetrics(Vcsim vcsim) {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            assertThat(new PerformanceManager(session).maxQueryMetrics())
                    .as("vcsim has no such option: the documented default").isEqualTo(64);
            VcsimObjects.setIntOption(vcsim, session, PerformanceManager.MAX_QUERY_METRICS_OPTION, 4);
            try {
                PerformanceManager perf = new PerformanceManager(session);
                assertThat(perf.maxQueryMetrics()).isEqualTo(4);
                int cpu = perf.counters().byName("cpu.usage.average").orElseThrow().key();
                int mem = perf.counters().byName("mem.usage.average").orElseThrow().key();
                int ready = perf.counters().byName("cpu.ready.summation").orElseThrow().key();
                List<PerfQuerySpec> specs = new ArrayList<>();
                Instant end = Instant.parse("2026-11-20T12:00:00Z");
                for (String name : List.of("DC0_H0_VM0", "DC0_H0_VM1", "DC0_C0_RP0_VM0")) {
                    specs.add(new PerfQuerySpec(VcsimObjects.byPath(session, "DC0/vm/" + name),
                            List.of(new PerfMetricId(cpu, ""), new PerfMetricId(mem, ""), new PerfMetricId(ready, "")),
                            end.minus(Duration.ofHours(2)), end, 7200, 1));
                }
                List<String> seen = new ArrayList<>();
                PerfQueryStats stats = perf.query(specs, chunk -> seen.add(chunk.entity().value() + "/" + chunk.metric().counterKey()));
                assertThat(stats.calls()).as("9 metrics at 4 per call").isEqualTo(3);
                assertThat(seen).hasSize(9).doesNotHaveDuplicates();
                assertThat(stats.samples()).isEqualTo(9);
            } finally {
                VcsimObjects.setIntOption(vcsim, session, PerformanceManager.MAX_QUERY_METRICS_OPTION, -1);
            }
            assertThat(new PerformanceManager(session).maxQueryMetrics()).as("-1: unlimited, our own cap")
                    .isEqualTo(PerformanceManager.UNLIMITED_BATCH);
        }
    }
}
