package dev.cloudfit.assess.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.core.units.DataSize;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An assessment lists disks by bus kind (SCSI, SATA, NVMe, IDE), bus number and unit: what migrate matches. */
class DiskSlotOrderTest {

    private static Disk disk(String label, String controller, DiskAddress address) {
        return new Disk(label, DataSize.ofGibibytes(10), DiskProvisioning.THIN, "ds", controller, false, false, false,
                address);
    }

    private static List<String> labels(List<Disk> disks) {
        return disks.stream().map(Disk::label).toList();
    }

    @Test
    void collectedDisksAreSortedByTheInstanceNameTheirControllerTextHolds() {
        // as collect maps them: the controller field holds vCenter's instance name, no address
        List<Disk> listed = List.of(disk("Hard disk 2", "scsi0:1", null), disk("Hard disk 4", "ide0:0", null),
                disk("Hard disk 5", "sata0:0", null), disk("Hard disk 3", "scsi1:0", null),
                disk("Hard disk 6", "nvme0:0", null), disk("Hard disk 1", "scsi0:0", null));

        assertThat(labels(DiskSlotOrder.sorted(listed))).containsExactly("Hard disk 1", "Hard disk 2", "Hard disk 3",
                "Hard disk 5", "Hard disk 6", "Hard disk 4");
    }

    @Test
    void rvtoolsDisksAreSortedByTheirAddress() {
        List<Disk> listed = List.of(
                disk("Hard disk 2", "VMware Paravirtual", new DiskAddress("scsi", 0, 10)),
                disk("Hard disk 1", "VMware Paravirtual", new DiskAddress("scsi", 0, 2)));

        assertThat(labels(DiskSlotOrder.sorted(listed))).containsExactly("Hard disk 1", "Hard disk 2");
    }

    @Test
    void anyUnknownAddressKeepsTheSourceOrder() {
        List<Disk> listed = List.of(disk("Hard disk 2", "scsi0:1", null), disk("Hard disk 1 (estimated)", null, null));

        assertThat(labels(DiskSlotOrder.sorted(listed))).containsExactly("Hard disk 2", "Hard disk 1 (estimated)");
        assertThat(DiskSlotOrder.order(listed)).containsExactly(0, 1);
    }
}
