package dev.cloudfit.migrate.preflight;

import static dev.cloudfit.migrate.plan.DiskOrderTest.disk;
import static dev.cloudfit.migrate.plan.DiskOrderTest.vm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.migrate.plan.PlannedVm;
import dev.cloudfit.reports.model.PlanRow;
import dev.cloudfit.reports.model.VmIdentity;
import dev.cloudfit.vsphere.vm.DiskBus;
import dev.cloudfit.vsphere.vm.DiskFacts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pre-flight on the OS disk and the approved types: a type that cannot be determined blocks the VM. */
class DiskIdentityRulesTest {

    private static PlannedVm planned(List<String> diskTypes) {
        PlanRow row = new PlanRow(new VmIdentity("app01", "vc", "vm-1", "5021c0de-0000-4000-8000-00000000000a"),
                "Standard_D2s_v5", diskTypes, "westeurope", "rg", "vnet", "snet", 1, PlanRow.DYNAMIC_IP, "");
        return new PlannedVm(row, "dana", LocalDate.of(2026, 12, 7), "vm-1", "bios", List.of(), List.of());
    }

    @Test
    void aDiskWithoutASlotAmongDifferentApprovedTypesIsABlocker() {
        List<DiskFacts> disks = List.of(disk(2000, DiskBus.SCSI, 0, 0, 100), disk(77, Optional.empty(), 500));

        List<Finding> findings = new ApprovedDiskTypeRule().check(planned(List.of("Premium SSD P10", "Premium SSD P20")),
                vm(disks, List.of()));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("vmware.disk.type-ambiguous");
            assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
            assertThat(f.subject()).isEqualTo("app01");
            assertThat(f.message()).contains("Hard disk 77");
            assertThat(f.remedy()).contains("plan again");
        });
    }

    @Test
    void aDiskLargerThanItsApprovedTierIsABlocker() {
        // 300 GiB holds in P20 (512 GiB), not in P15 (256 GiB)
        List<DiskFacts> disks = List.of(disk(2001, DiskBus.SCSI, 0, 1, 300), disk(2000, DiskBus.SCSI, 0, 0, 100));

        assertThat(new ApprovedDiskTypeRule().check(planned(List.of("Premium SSD P10", "Premium SSD P20")),
                vm(disks, List.of()))).isEmpty();
        assertThat(new ApprovedDiskTypeRule().check(planned(List.of("Premium SSD P10", "Premium SSD P15")),
                vm(disks, List.of()))).extracting(Finding::id, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("vmware.disk.type-too-small", Severity.BLOCKER));
    }

    @Test
    void aBootDiskThatIsNotFirstBySlotIsAWarning() {
        List<DiskFacts> disks = List.of(disk(2000, DiskBus.SCSI, 0, 0, 100), disk(3001, DiskBus.IDE, 0, 1, 100));
        PlannedVm vm = planned(List.of("Premium SSD P10", "Premium SSD P10"));

        assertThat(new BootDiskRule().check(vm, vm(disks, List.of(3001)))).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("vmware.disk.boot-not-first");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("Hard disk 3001 (ide0:1) becomes the OS disk", "Hard disk 2000 (scsi0:0)");
        });
        assertThat(new BootDiskRule().check(vm, vm(disks, List.of(2000)))).as("boots from the first by slot").isEmpty();
        assertThat(new BootDiskRule().check(vm, vm(disks, List.of()))).extracting(Finding::id)
                .as("no boot order, SCSI and IDE disks: cloudfit's bus preference decided")
                .containsExactly("vmware.disk.boot-guessed");
        assertThat(new BootDiskRule().check(vm, vm(List.of(disk(2000, DiskBus.SCSI, 0, 0, 100),
                disk(2016, DiskBus.SCSI, 1, 0, 100)), List.of()))).as("one kind of bus: nothing to say").isEmpty();
    }

    @Test
    void theOsDiskSizeRuleChecksTheChosenOsDiskNotTheFirstListed() {
        // a 3 TiB data disk listed first, the 100 GiB OS disk (scsi0:0) after it: no os-too-large for BIOS
        List<DiskFacts> disks = List.of(disk(2001, DiskBus.SCSI, 0, 1, 3072), disk(2000, DiskBus.SCSI, 0, 0, 100));
        assertThat(new OsDiskSizeRule().check(planned(List.of("Premium SSD P10", "Premium SSD P50")),
                vm(disks, List.of()))).extracting(Finding::id).doesNotContain("azure.disk.os-too-large");
        assertThat(new OsDiskSizeRule().check(planned(List.of("Premium SSD P10", "Premium SSD P50")),
                vm(disks, List.of(2001)))).extracting(Finding::id).contains("azure.disk.os-too-large");
    }
}
