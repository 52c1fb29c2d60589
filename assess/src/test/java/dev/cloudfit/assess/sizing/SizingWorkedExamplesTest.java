package dev.cloudfit.assess.sizing;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.catalog.DiskType;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.sizing.disk.DiskChoice;
import dev.cloudfit.assess.sizing.disk.DiskDriver;
import dev.cloudfit.assess.sizing.disk.DiskNeed;
import dev.cloudfit.assess.sizing.disk.DiskSizer;
import dev.cloudfit.assess.sizing.iaas.Constraint;
import dev.cloudfit.assess.sizing.iaas.IaasResult;
import dev.cloudfit.assess.sizing.iaas.IaasSizer;
import dev.cloudfit.assess.sizing.iaas.NeedSource;
import dev.cloudfit.assess.sizing.readiness.Readiness;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.core.units.DataSize;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The worked examples of {@code shared/reference/azure-migrate-assessment.md} §1.4 and §3.1. */
class SizingWorkedExamplesTest {

    private static final AzureCatalog CATALOG = AzureCatalog.bundled();

    @Test
    void troubleshootingExample_4vcpu8gib_at50percent_comfort13_needs2point6cores_5point2gib_gets4vcpu8gibSize() {
        Vm vm = TestVms.vm("app1", 4, 8).build();
        IaasResult r = new IaasSizer(CATALOG, TestPrices.westEurope(), AssessmentSettings.defaults())
                .size(vm, TestVms.cpuMem(vm, 50, 50));

        assertThat(r.needs().orElseThrow().cores()).isCloseTo(2.6, within(1e-9));
        assertThat(r.needs().orElseThrow().memory().toGibibytes()).isCloseTo(5.2, within(1e-6));
        assertThat(r.needs().orElseThrow().coresSource()).isEqualTo(NeedSource.MEASURED);
        assertThat(r.readiness()).isEqualTo(Readiness.READY);
        assertThat(r.size().orElseThrow().vcpus()).isEqualTo(4);
        assertThat(r.size().orElseThrow().memory()).isEqualTo(DataSize.ofGibibytes(8));
        // the cheapest priced 4-vCPU 8-GiB size in the table, Windows rates: F4s v2 at 0.37/h
        assertThat(r.size().orElseThrow().name().value()).isEqualTo("Standard_F4s_v2");
        assertThat(r.size().orElseThrow().computeMonthly().orElseThrow().amount())
                .isEqualByComparingTo(new BigDecimal("270.10"));
        // why not cheaper: E2s v5 (next cheaper) has 2 vCPUs < 2.6
        assertThat(r.binding().orElseThrow().rejected().orElseThrow().value()).isEqualTo("Standard_E2s_v5");
        assertThat(r.binding().orElseThrow().primary()).isEqualTo(Constraint.CPU);
        assertThat(r.binding().orElseThrow().explanation()).contains("has 2 vCPUs < 2.60 needed");
        // runner-up D4s v5 at 0.414/h: 0.044 × 730 = 32.12 a month more
        assertThat(r.runnerUp().orElseThrow().size().value()).isEqualTo("Standard_D4s_v5");
        assertThat(r.runnerUp().orElseThrow().monthlyDelta().orElseThrow().amount()).isEqualByComparingTo("32.12");
    }

    @Test
    void rightSizingExample_16vcpu_p95at20percent_comfort15_gets8vcpus_withoutIntermediateRounding() {
        // RS: "4 vCPU used, ×1.5 = 6, so an 8-core VM" rounds 16 × 20 % = 3.2 up to 4 first; cloudfit does
        // not round intermediate figures: 16 × 0.20 × 1.5 = 4.8 vCPUs, which also leads to 8 vCPUs.
        AssessmentSettings settings = AssessmentSettings.defaults().toBuilder().comfortFactor(1.5).build();
        Vm vm = TestVms.vm("db1", 16, 64).build();
        IaasResult r = new IaasSizer(CATALOG, TestPrices.westEurope(), settings).size(vm, TestVms.cpuMem(vm, 20, 20));

        assertThat(r.needs().orElseThrow().cores()).isCloseTo(4.8, within(1e-9));
        assertThat(r.size().orElseThrow().vcpus()).isEqualTo(8);
        assertThat(r.size().orElseThrow().name().value()).isEqualTo("Standard_D8s_v5");
    }

    @Test
    void troubleshootingExample_32gibDiskDoing800iops_getsP15_becauseIopsDriveTheChoice() {
        DiskSizer sizer = new DiskSizer(CATALOG, TestPrices.westEurope(), AssessmentSettings.defaults());
        DiskChoice choice = sizer.size(new DiskNeed("Hard disk 2", DataSize.ofGibibytes(32), false,
                OptionalDouble.of(800), OptionalDouble.of(10))).choice().orElseThrow();

        assertThat(choice.tier()).isEqualTo("P15");
        assertThat(choice.type()).isEqualTo(DiskType.PREMIUM_SSD);
        assertThat(choice.size()).isEqualTo(DataSize.ofGibibytes(256));
        assertThat(choice.iops()).isEqualTo(1100);
        assertThat(choice.driver()).isEqualTo(DiskDriver.IOPS);
    }

    @Test
    void sameDiskThroughTheVmSizer_800iopsTimesComfort13_isStillP15_andTheVmNeedsPremiumStorage() {
        Vm vm = TestVms.vm("files1", 2, 8).disk(TestVms.disk("Hard disk 2", 32)).build();
        IaasResult r = new IaasSizer(CATALOG, TestPrices.westEurope(), AssessmentSettings.defaults()).size(vm,
                TestVms.perf(vm, 40, 40, List.of(TestVms.diskPerf("Hard disk 2", 500, 300, 5, 5)), List.of()));

        DiskChoice data = r.disks().get(1);
        assertThat(data.tier()).isEqualTo("P15");
        assertThat(r.needs().orElseThrow().disks().get(1).iops().getAsDouble()).isCloseTo(1040, within(1e-9));
        assertThat(r.size().orElseThrow().name().value()).endsWith("s_v5");
        assertThat(CATALOG.vmSize(r.size().orElseThrow().name()).orElseThrow().premiumStorage()).isTrue();
    }
}
