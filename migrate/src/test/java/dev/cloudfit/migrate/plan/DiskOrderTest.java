package dev.cloudfit.migrate.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.vm.DiskBus;
import dev.cloudfit.vsphere.vm.DiskFacts;
import dev.cloudfit.vsphere.vm.DiskSlot;
import dev.cloudfit.vsphere.vm.PowerState;
import dev.cloudfit.vsphere.vm.VmFacts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The OS disk rule on hand-made facts: boot order first, else slot order (SCSI, SATA, NVMe, IDE; bus; unit). */
public class DiskOrderTest {

    public static DiskFacts disk(int key, DiskBus bus, int busNumber, int unit, long gib) {
        return disk(key, Optional.of(new DiskSlot(bus, busNumber, unit)), gib);
    }

    public static DiskFacts disk(int key, Optional<DiskSlot> slot, long gib) {
        return new DiskFacts(key, "Hard disk " + key, DataSize.ofGibibytes(gib), "[ds] vm/disk" + key + ".vmdk",
                "VirtualDiskFlatVer2BackingInfo", "persistent", "sharingNone", false, Optional.empty(), "ds", slot);
    }

    public static VmFacts vm(List<DiskFacts> disks, List<Integer> bootKeys) {
        return new VmFacts(new ManagedObjectReference("VirtualMachine", "vm-1"), "app01", PowerState.POWERED_OFF, "bios",
                0, false, disks, "host-1", Map.of("ds", DataSize.ofTebibytes(1)), "DC0", "rhel8_64Guest", bootKeys);
    }

    private static List<Integer> keys(List<DiskFacts> disks) {
        return disks.stream().map(DiskFacts::key).toList();
    }

    @Test
    void withoutABootOrderTheFirstDiskByBusThenBusNumberThenUnitIsTheOsDisk() {
        // listed as vcsim lists a VM whose first disk was edited: scsi0:0 last
        DiskFacts scsi01 = disk(2001, DiskBus.SCSI, 0, 1, 10);
        DiskFacts scsi10 = disk(2002, DiskBus.SCSI, 1, 0, 10);
        DiskFacts ide00 = disk(3000, DiskBus.IDE, 0, 0, 10);
        DiskFacts sata00 = disk(16000, DiskBus.SATA, 0, 0, 10);
        DiskFacts scsi00 = disk(2000, DiskBus.SCSI, 0, 0, 10);

        DiskOrder order = DiskOrder.of(vm(List.of(scsi01, scsi10, ide00, sata00, scsi00), List.of()));

        assertThat(order.basis()).isEqualTo(DiskOrder.Basis.SLOT_ORDER);
        assertThat(order.os()).contains(scsi00);
        assertThat(keys(order.data())).containsExactly(2001, 2002, 16000, 3000);
        assertThat(keys(order.all())).containsExactly(2000, 2001, 2002, 16000, 3000);
    }

    @Test
    void theFirstDiskTheBootOrderNamesIsTheOsDiskWhereverItSits() {
        DiskFacts scsi00 = disk(2000, DiskBus.SCSI, 0, 0, 10);
        DiskFacts scsi01 = disk(2001, DiskBus.SCSI, 0, 1, 10);
        DiskFacts ide01 = disk(3001, DiskBus.IDE, 0, 1, 10);

        // 9999 is no disk of this VM (a stale entry): skipped
        DiskOrder order = DiskOrder.of(vm(List.of(scsi00, scsi01, ide01), List.of(9999, 3001, 2000)));

        assertThat(order.basis()).isEqualTo(DiskOrder.Basis.BOOT_ORDER);
        assertThat(order.os()).contains(ide01);
        assertThat(keys(order.data())).as("data disks stay in slot order, not boot order").containsExactly(2000, 2001);
    }

    @Test
    void aBootOrderNamingNoDiskOfTheVmFallsBackToSlotOrder() {
        DiskFacts nvme = disk(31000, DiskBus.NVME, 0, 0, 10);
        DiskFacts ide = disk(3000, DiskBus.IDE, 0, 0, 10);

        DiskOrder order = DiskOrder.of(vm(List.of(ide, nvme), List.of(4000)));

        assertThat(order.basis()).isEqualTo(DiskOrder.Basis.SLOT_ORDER);
        assertThat(order.os()).contains(nvme);
    }

    @Test
    void disksWithoutASlotComeLastInListOrder() {
        DiskFacts unknownA = disk(7, Optional.empty(), 10);
        DiskFacts unknownB = disk(5, Optional.empty(), 10);
        DiskFacts ide = disk(3000, DiskBus.IDE, 1, 0, 10);

        DiskOrder order = DiskOrder.of(vm(List.of(unknownA, ide, unknownB), List.of()));

        assertThat(order.os()).contains(ide);
        assertThat(keys(order.data())).containsExactly(7, 5);
    }

    @Test
    void aVmWithoutDisksHasNoOsDisk() {
        DiskOrder order = DiskOrder.of(vm(List.of(), List.of()));
        assertThat(order.os()).isEmpty();
        assertThat(order.all()).isEmpty();
    }
}
