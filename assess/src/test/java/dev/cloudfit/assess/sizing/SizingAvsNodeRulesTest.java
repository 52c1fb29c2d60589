package dev.cloudfit.assess.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cloudfit.assess.catalog.AvsNodeSpec;
import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.inventory.GuestOs;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.sizing.avs.AvsDemand;
import dev.cloudfit.assess.sizing.avs.AvsDemandCalculator;
import dev.cloudfit.assess.sizing.avs.AvsNodeResult;
import dev.cloudfit.assess.sizing.avs.AvsSizer;
import dev.cloudfit.assess.sizing.avs.LimitingFactor;
import dev.cloudfit.assess.sizing.fit.FitDecider;
import dev.cloudfit.assess.sizing.fit.FitDecision;
import dev.cloudfit.assess.sizing.fit.FitRules;
import dev.cloudfit.assess.sizing.fit.FitTarget;
import dev.cloudfit.assess.sizing.iaas.IaasSizer;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.readiness.Finding;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.sizing.settings.AvsSettings;
import dev.cloudfit.assess.sizing.settings.SizingCriterion;
import dev.cloudfit.core.units.DataSize;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 point 6, by hand from the reference's host table (§7.1: physical cores AV36 36, AV48 48, AV52 52,
 * AV64 64; RAM 576, 1,024, 1,536, 1,024 GiB; logical cores twice the physical; vSAN raw AV48 25.6 TB) and its
 * defaults (§7.2–7.4: 4 vCPU per physical core, memory overcommit 1, FTT1-RAID1 = 2 × storage and at least 3
 * hosts, dedupe 1, 25 % vSAN slack), without the management overhead so the sums stay readable.
 *
 * <p>The CPU-bound estate: 40 VMs of 16 vCPU, 32 GiB and 100 GiB = 640 vCPU, 1,280 GiB, 4,000 GiB.
 * CPU hosts = 640 ÷ (cores × 4): AV36 640/144 = 4.44 → 5; AV48 640/192 = 3.33 → 4; AV52 640/208 = 3.08 → 4;
 * AV64 640/256 = 2.5 → 3. Memory (1,280/576 = 2.2 for AV36) and storage (8,000 GiB after RAID-1 = 8.59 TB
 * against 11.4 TB usable per AV36) need fewer. Alone, AV64 would win with 3 hosts.
 *
 * <p>AV64 with a first cluster: 3 AV36 hosts hold 432 vCPU, i.e. 432/640 = 67.5 % of the load; the other
 * 208 vCPU need 208/256 = 0.81 AV64 hosts → the FTT minimum, 3; 6 hosts in all. With AV48 first: 576/640 = 90 %,
 * the remaining 64 vCPU → 3 AV64 → 6; AV52 first: 624 → 97.5 %, 16 vCPU → 3 AV64 → 6. Every AV64 plan needs 6
 * hosts, so the fewest-hosts plan is AV48 alone (4 hosts; AV52 also 4, AV48 comes first in the catalog):
 * CPU use 640/(4 × 192) = 83.3 %, memory 1,280/(4 × 1,024) = 31.25 %, storage 8,000 × 2^30 B / (4 × 25.6e12 × 0.75)
 * = 11.19 %.
 */
class SizingAvsNodeRulesTest {

    private static final AzureCatalog CATALOG = AzureCatalog.bundled();
    private static final AssessmentSettings SETTINGS = AssessmentSettings.defaults().toBuilder()
            .criterion(SizingCriterion.AS_ON_PREMISES).avs(AvsSettings.defaults().withoutManagementOverhead()).build();
    private static final AvsSizer SIZER = new AvsSizer(CATALOG, TestPrices.empty(), SETTINGS);

    private static List<AvsDemand> cpuBoundEstate() {
        List<AvsDemand> vms = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            vms.add(new AvsDemand("vm" + i, 16, DataSize.ofGibibytes(32), DataSize.ofGibibytes(100), 16,
                    DataSize.ofGibibytes(32)));
        }
        return vms;
    }

    private static AvsNodeSpec node(String name) {
        return CATALOG.avsNode(name).orElseThrow();
    }

    @Test
    void av64AloneWouldNeedOnly3Hosts_butIsSizedWithAFirstClusterOfAnotherType() {
        // what AV64 alone would need: the bare host arithmetic
        assertThat(SIZER.load(640, DataSize.ofGibibytes(1280), DataSize.ofGibibytes(4000), node("AV64")).nodes()).isEqualTo(3);

        AvsNodeResult av64 = SIZER.size(cpuBoundEstate(), node("AV64"));
        assertThat(av64.base()).isPresent();
        assertThat(av64.base().get().nodeType()).isEqualTo("AV36");
        assertThat(av64.base().get().nodes()).isEqualTo(3);
        assertThat(av64.nodes()).isEqualTo(6);
        assertThat(av64.describeNodes()).isEqualTo("AV64 (with a first cluster of 3 × AV36)");
        assertThat(av64.findings()).extracting(Finding::id).contains("avs.node.first-cluster");
        assertThat(av64.findings()).filteredOn(f -> f.id().equals("avs.node.first-cluster")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("68 % of the VM load")); // 67.5 % rounded
    }

    @Test
    void theCheapestPlanIsNeverAv64Alone() {
        List<AvsNodeResult> all = SIZER.sizeAll(cpuBoundEstate());
        assertThat(all).allSatisfy(r -> {
            if (r.nodeType().startsWith("AV64")) {
                assertThat(r.base()).isPresent();
            }
        });
        AvsNodeResult best = all.get(0);
        assertThat(best.nodeType()).isEqualTo("AV48");
        assertThat(best.nodes()).isEqualTo(4);
        assertThat(best.limitingFactor()).isEqualTo(LimitingFactor.CPU);
        assertThat(best.cpuUtilisation()).isCloseTo(640.0 / 768, within(1e-9));
        assertThat(best.memoryUtilisation()).isCloseTo(0.3125, within(1e-9));
        assertThat(best.storageUtilisation()).isCloseTo(8000 * Math.pow(2, 30) / (4 * 25.6e12 * 0.75), within(1e-9));
    }

    @Test
    void aVmLargerThanEveryHostIsNotAvsReady() {
        // 2,048 GiB is more than the largest host's RAM (AV52, 1,536 GiB); Photon OS is sent to AVS by the built-in rule
        Vm big = TestVms.vm("appliance", 16, 2048).guestOs(new GuestOs("VMware Photon OS (64-bit)", null)).build();
        PerfSummary none = PerfSummary.none(big.identity().key());
        FitDecision d = new FitDecider(FitRules.builtIn(), new AvsDemandCalculator(SETTINGS), SIZER.nodeTypes())
                .decide(big, none, new IaasSizer(CATALOG, TestPrices.westEurope(), SETTINGS).size(big, none));
        assertThat(d.target()).isEqualTo(FitTarget.NOT_READY);
        assertThat(d.reason()).contains("do not fit one AVS host").contains("1.50 TiB (AV52)");

        // a node type whose host is too small for a VM is blocked for that estate: 1,200 GiB fits AV52 only
        List<AvsDemand> one = List.of(new AvsDemand("db", 8, DataSize.ofGibibytes(1200), DataSize.ofGibibytes(500), 8,
                DataSize.ofGibibytes(1200)));
        assertThat(SIZER.size(one, node("AV36")).blocked()).isTrue();
        assertThat(SIZER.size(one, node("AV36")).findings()).extracting(Finding::id).contains("avs.vm.larger-than-host");
        assertThat(SIZER.size(one, node("AV52")).blocked()).isFalse();
        assertThat(SIZER.sizeAll(one).get(0).nodeType()).isEqualTo("AV52");
    }

    @Test
    void allAvsLeavesOutAVmNoHostHolds_andUsesABuildableNodeType() {
        // an IaaS-ready VM of 448 vCPUs is larger than every AVS host (at most 128 logical cores): all-AVS leaves it
        // unplaced instead of reporting a node type that cannot hold it
        Vm huge = TestVms.vm("huge", 448, 256).build();
        Vm small = TestVms.vm("small", 4, 16).build();
        dev.cloudfit.assess.sizing.fit.EstatePlanner planner = new dev.cloudfit.assess.sizing.fit.EstatePlanner(SIZER,
                SETTINGS.currency());
        FitDecider decider = new FitDecider(FitRules.builtIn(), new AvsDemandCalculator(SETTINGS), SIZER.nodeTypes());
        IaasSizer iaas = new IaasSizer(CATALOG, TestPrices.westEurope(), SETTINGS);
        List<FitDecision> decisions = new ArrayList<>();
        for (Vm vm : List.of(huge, small)) {
            PerfSummary none = PerfSummary.none(vm.identity().key());
            decisions.add(decider.decide(vm, none, iaas.size(vm, none)));
        }
        var allAvs = planner.compare(decisions).allAvs();
        assertThat(allAvs.unplaced()).containsExactly(huge.identity().key());
        assertThat(allAvs.avsVms()).containsExactly(small.identity().key());
        assertThat(allAvs.avs().orElseThrow().blocked()).isFalse();
    }

    @Test
    void fttAndHostCountFindings() {
        // 1 VM of 1 vCPU: 1 host would carry it, FTT1-RAID1 needs 3
        AvsNodeResult small = SIZER.size(List.of(new AvsDemand("a", 1, DataSize.ofGibibytes(4), DataSize.ofGibibytes(10))),
                node("AV36"));
        assertThat(small.findings()).extracting(Finding::id).containsExactly("avs.hosts.policy-minimum");
        // 7 × 144 vCPU on AV36 = 7 hosts > 6 with FTT1: the SLA wants FTT2
        AvsNodeResult seven = SIZER.size(List.of(new AvsDemand("b", 144 * 7, DataSize.ofGibibytes(4),
                DataSize.ofGibibytes(10))), node("AV36"));
        assertThat(seven.nodes()).isEqualTo(7);
        assertThat(seven.findings()).extracting(Finding::id).containsExactly("avs.ftt.sla-needs-ftt2");
    }
}
