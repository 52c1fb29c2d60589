package dev.cloudfit.assess.sizing;

import dev.cloudfit.assess.catalog.AvsNodeSpec;
import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.sizing.avs.AvsDemand;
import dev.cloudfit.assess.sizing.avs.AvsDemandCalculator;
import dev.cloudfit.assess.sizing.avs.AvsNodeResult;
import dev.cloudfit.assess.sizing.avs.AvsSizer;
import dev.cloudfit.assess.sizing.avs.LimitingFactor;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.sizing.settings.AvsSettings;
import dev.cloudfit.assess.sizing.settings.FttPolicy;
import dev.cloudfit.assess.sizing.settings.SizingCriterion;
import dev.cloudfit.core.units.DataSize;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SizingAvsTest {

    private static final AzureCatalog CATALOG = AzureCatalog.bundled();
    private static final AvsNodeSpec AV36 = CATALOG.avsNode("AV36").orElseThrow();

    private static AssessmentSettings noOverhead(AvsSettings avs) {
        return AssessmentSettings.defaults().toBuilder().avs(avs).build();
    }

    /**
     * Reference §7.4: "8 VMs on 3 AV36 use 50 % CPU, 14 % memory and 18 % storage, so CPU is limiting".
     * Eight equal VMs are built to those shares under the default factors (4:1, overcommit 1, FTT1-RAID1,
     * dedupe 1, 25 % slack) without management overhead: 27 vCPU, 30.24 GiB and 384.75 GB each.
     */
    @Test
    void avsWorkedExample_8vmsOn3Av36_cpu50_memory14_storage18_cpuIsLimiting() {
        List<AvsDemand> vms = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            vms.add(new AvsDemand("vm" + i, 27, DataSize.ofGibibytes(30.24), DataSize.ofBytes(384_750_000_000L)));
        }
        AvsNodeResult r = new AvsSizer(CATALOG, TestPrices.empty(), noOverhead(AvsSettings.defaults().withoutManagementOverhead()))
                .size(vms, AV36);

        assertThat(r.nodes()).isEqualTo(3);
        assertThat(r.limitingFactor()).isEqualTo(LimitingFactor.CPU);
        assertThat(r.cpuUtilisation()).isCloseTo(0.50, within(1e-9));
        assertThat(r.memoryUtilisation()).isCloseTo(0.14, within(1e-6));
        assertThat(r.storageUtilisation()).isCloseTo(0.18, within(1e-9));
        assertThat(r.setByPolicyMinimum()).isTrue();
        assertThat(r.cpuHosts()).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void cpuBound_countsVcpusPerPhysicalCoreTimesOversubscription() {
        // 145 vCPUs on AV36 at 4:1 → 144 per host → 1.007 hosts → still the FTT1 minimum of 3; 600 vCPUs → 5 hosts
        AvsSizer sizer = new AvsSizer(CATALOG, TestPrices.empty(), noOverhead(AvsSettings.defaults().withoutManagementOverhead()));
        AvsNodeResult r = sizer.size(List.of(new AvsDemand("big", 600, DataSize.ofGibibytes(10), DataSize.ofGibibytes(10))), AV36);
        assertThat(r.nodes()).isEqualTo(5);
        assertThat(r.limitingFactor()).isEqualTo(LimitingFactor.CPU);
        assertThat(r.setByPolicyMinimum()).isFalse();
    }

    @Test
    void storageBound_appliesFttMultiplierDedupeAndSlack() {
        // 30 TB of VM data, FTT1-RAID1 ×2 = 60 TB, dedupe 1.5 → 40 TB; usable per AV36 = 15.2 × 0.75 = 11.4 TB → 3.51 → 4 hosts
        AvsSettings avs = AvsSettings.defaults().withoutManagementOverhead().withDedupeCompression(1.5);
        AvsNodeResult r = new AvsSizer(CATALOG, TestPrices.empty(), noOverhead(avs))
                .size(List.of(new AvsDemand("files", 8, DataSize.ofGibibytes(32), DataSize.ofBytes(30_000_000_000_000L))), AV36);
        assertThat(r.storageHosts()).isCloseTo(40.0 / 11.4, within(1e-9));
        assertThat(r.nodes()).isEqualTo(4);
        assertThat(r.limitingFactor()).isEqualTo(LimitingFactor.STORAGE);
    }

    @Test
    void fttPolicyMinimumHosts_andSlaAdviceAboveSixHosts() {
        AvsSizer raid6 = new AvsSizer(CATALOG, TestPrices.empty(),
                noOverhead(AvsSettings.defaults().withoutManagementOverhead().withFtt(FttPolicy.FTT2_RAID6)));
        assertThat(raid6.size(List.of(new AvsDemand("a", 1, DataSize.ofGibibytes(1), DataSize.ofGibibytes(1))), AV36).nodes())
                .isEqualTo(6);

        AvsSizer ftt1 = new AvsSizer(CATALOG, TestPrices.empty(), noOverhead(AvsSettings.defaults().withoutManagementOverhead()));
        AvsNodeResult seven = ftt1.size(List.of(new AvsDemand("a", 144 * 7, DataSize.ofGibibytes(1), DataSize.ofGibibytes(1))), AV36);
        assertThat(seven.nodes()).isEqualTo(7);
        assertThat(seven.findings()).extracting(f -> f.id()).contains("avs.ftt.sla-needs-ftt2");
    }

    @Test
    void managementOverheadIsAddedOnce() {
        AvsSizer sizer = new AvsSizer(CATALOG, TestPrices.empty(), AssessmentSettings.defaults());
        AvsNodeResult r = sizer.size(List.of(), AV36);
        assertThat(r.cpuHosts()).isCloseTo(44.0 / 144, within(1e-9));
        assertThat(r.nodes()).isEqualTo(3);
    }

    @Test
    void nodeCostIsHostsTimesHourlyTimesHours_andCheapestTypeIsRecommended() {
        TestPrices prices = TestPrices.empty().avs("AV36", "8.00").avs("AV36P", "9.00");
        AssessmentSettings settings = noOverhead(AvsSettings.defaults().withoutManagementOverhead());
        AvsSizer sizer = new AvsSizer(CATALOG, prices, settings);
        List<AvsDemand> demand = List.of(new AvsDemand("a", 16, DataSize.ofGibibytes(64), DataSize.ofGibibytes(500)));
        AvsNodeResult cheapest = sizer.cheapest(demand).orElseThrow();
        assertThat(cheapest.nodeType()).isEqualTo("AV36");
        assertThat(cheapest.monthlyCost().orElseThrow().amount()).isEqualByComparingTo("17520"); // 3 × 8 × 730
        assertThat(sizer.sizeAll(demand)).hasSize(CATALOG.avsNodes().size());
        assertThat(sizer.sizeAll(demand).stream().filter(r -> r.nodeType().startsWith("AV64")))
                .allSatisfy(r -> assertThat(r.findings()).extracting(f -> f.id()).contains("avs.node.first-cluster"));
    }

    @Test
    void demand_perfBasedUsesPercentilesAndInUseStorage_asOnPremisesUsesConfigured() {
        Vm vm = TestVms.vm("a", 8, 32).inUse(DataSize.ofGibibytes(40)).build();
        PerfSummary perf = TestVms.cpuMem(vm, 25, 50);
        AvsDemand perfBased = new AvsDemandCalculator(AssessmentSettings.defaults()).demand(vm, perf);
        assertThat(perfBased.vcpus()).isCloseTo(8 * 0.25 * 1.3, within(1e-9));
        assertThat(perfBased.memory().toGibibytes()).isCloseTo(32 * 0.5 * 1.3, within(1e-6));
        assertThat(perfBased.storage().toGibibytes()).isCloseTo(52, within(1e-6));

        AssessmentSettings asIs = AssessmentSettings.defaults().toBuilder().criterion(SizingCriterion.AS_ON_PREMISES).build();
        AvsDemand configured = new AvsDemandCalculator(asIs).demand(vm, perf);
        assertThat(configured.vcpus()).isEqualTo(8);
        assertThat(configured.memory()).isEqualTo(DataSize.ofGibibytes(32));
        assertThat(configured.storage()).isEqualTo(DataSize.ofGibibytes(128));
    }
}
