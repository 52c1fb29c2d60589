package dev.cloudfit.migrate.plan;

import static dev.cloudfit.migrate.plan.DiskOrderTest.disk;
import static dev.cloudfit.migrate.plan.DiskOrderTest.vm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.vsphere.vm.DiskBus;
import dev.cloudfit.vsphere.vm.DiskFacts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The approved types go to the disks in slot order, whatever order vCenter lists them in; never a guess. */
class ApprovedDiskTypesTest {

    @Test
    void theIthApprovedTypeGoesToTheIthDiskInSlotOrder() {
        DiskFacts data = disk(2001, DiskBus.SCSI, 0, 1, 900);
        DiskFacts os = disk(2000, DiskBus.SCSI, 0, 0, 100);
        DiskFacts logs = disk(2016, DiskBus.SCSI, 1, 0, 200);

        ApprovedDiskTypes types = ApprovedDiskTypes.match(List.of("Premium SSD P10", "Premium SSD P30",
                "Standard SSD E15"), vm(List.of(data, logs, os), List.of()));

        assertThat(types.problems()).isEmpty();
        assertThat(types.byKey()).isEqualTo(Map.of(2000, "Premium SSD P10", 2001, "Premium SSD P30",
                2016, "Standard SSD E15"));
    }

    @Test
    void oneTypeForEveryDiskNeedsNoSlots() {
        DiskFacts a = disk(1, Optional.empty(), 100);
        DiskFacts b = disk(2, Optional.empty(), 100);

        ApprovedDiskTypes types = ApprovedDiskTypes.match(List.of("Premium SSD P10", "Premium SSD P10"),
                vm(List.of(a, b), List.of()));

        assertThat(types.problems()).isEmpty();
        assertThat(types.of(a)).contains("Premium SSD P10");
        assertThat(types.of(b)).contains("Premium SSD P10");
    }

    @Test
    void differentTypesAndADiskWithoutASlotGiveNoTypeToAnyDisk() {
        DiskFacts placed = disk(2000, DiskBus.SCSI, 0, 0, 100);
        DiskFacts unplaced = disk(77, Optional.empty(), 100);

        ApprovedDiskTypes types = ApprovedDiskTypes.match(List.of("Premium SSD P10", "Premium SSD P30"),
                vm(List.of(placed, unplaced), List.of()));

        assertThat(types.byKey()).isEmpty();
        assertThat(types.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ApprovedDiskTypes.Problem.Kind.AMBIGUOUS);
            assertThat(p.disk()).isEqualTo(unplaced);
            assertThat(p.message()).contains("Hard disk 77", "device key 77", "Premium SSD P10; Premium SSD P30");
        });
    }

    @Test
    void aTierSmallerThanTheDiskItMatchedIsAProblemNotAType() {
        // 129 GiB does not fit P10 (128 GiB); 1,024 GiB fits P30 exactly
        DiskFacts os = disk(2000, DiskBus.SCSI, 0, 0, 129);
        DiskFacts data = disk(2001, DiskBus.SCSI, 0, 1, 1024);

        ApprovedDiskTypes types = ApprovedDiskTypes.match(List.of("Premium SSD P10", "Premium SSD P30"),
                vm(List.of(os, data), List.of()));

        assertThat(types.byKey()).isEqualTo(Map.of(2001, "Premium SSD P30"));
        assertThat(types.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ApprovedDiskTypes.Problem.Kind.TOO_SMALL);
            assertThat(p.message()).contains("scsi0:0", "129 GiB", "128 GiB", "Premium SSD P10");
        });
    }

    @Test
    void aDifferentNumberOfDisksLeavesTheFindingToTheDiskCountRule() {
        ApprovedDiskTypes types = ApprovedDiskTypes.match(List.of("Premium SSD P10"),
                vm(List.of(disk(2000, DiskBus.SCSI, 0, 0, 10), disk(2001, DiskBus.SCSI, 0, 1, 10)), List.of()));
        assertThat(types.byKey()).isEmpty();
        assertThat(types.problems()).isEmpty();
    }

    @Test
    void tierSizesAreTheFixedSizeTiersOnly() {
        assertThat(ApprovedDiskTypes.tierSize("Premium SSD P30")).contains(DataSize.ofGibibytes(1024));
        assertThat(ApprovedDiskTypes.tierSize("Standard HDD S4")).contains(DataSize.ofGibibytes(32));
        assertThat(ApprovedDiskTypes.tierSize("E80")).contains(DataSize.ofGibibytes(32767));
        assertThat(ApprovedDiskTypes.tierSize("Premium SSD v2")).isEmpty();
        assertThat(ApprovedDiskTypes.tierSize("Ultra Disk")).isEmpty();
    }
}
