package dev.cloudfit.vsphere.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.testing.VcsimDisks;
import dev.cloudfit.vsphere.testing.VcsimObjects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each disk's slot (controller bus, bus number, unit) and the VM's boot order as vcsim reports them.
 * A vcsim VM has a pvscsi controller (bus 0) with one disk at unit 0, and IDE controllers 0 and 1.
 */
@WithVcsim(clustersPerDatacenter = 0, vmsPerHostOrCluster = 2)
class VmInspectorVcsimTest {

    @Test
    void disksCarryTheirSlotAndTheBootOrderNamesTheBootDisk(Vcsim vcsim) {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM0");
            VmInspector inspector = new VmInspector(session);
            VmFacts before = inspector.inspect(vm);
            assertThat(before.disks()).hasSize(1);
            DiskFacts scsi = before.disks().get(0);
            assertThat(scsi.slot()).contains(new DiskSlot(DiskBus.SCSI, 0, 0));
            assertThat(before.bootDiskKeys()).as("vcsim starts without a boot order").isEmpty();

            int ide = VcsimDisks.addDisk(session, vm, "VirtualIDEController", 1, "Hard disk 2", 2L << 20);
            VcsimDisks.bootFrom(session, vm, ide);
            VmFacts after = inspector.inspect(vm);

            assertThat(after.disks()).extracting(DiskFacts::key).containsExactly(scsi.key(), ide);
            assertThat(after.disk(ide).flatMap(DiskFacts::slot).map(DiskSlot::toString)).contains("ide0:1");
            assertThat(after.bootDiskKeys()).containsExactly(ide);
            assertThat(after.disk(12345)).isEqualTo(Optional.empty());
        }
    }

    @Test
    void anEditedDiskKeepsItsSlotThoughVcsimMovesItToTheEndOfTheList(Vcsim vcsim) {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM1");
            VmInspector inspector = new VmInspector(session);
            DiskFacts first = inspector.inspect(vm).disks().get(0);
            VcsimDisks.addDisk(session, vm, "ParaVirtualSCSIController", 3, "Hard disk 3", 4L << 20);
            VcsimDisks.resize(session, vm, first.key(), 8L << 20);

            VmFacts facts = inspector.inspect(vm);

            assertThat(facts.disks()).hasSize(2);
            assertThat(facts.disks().get(1).fileName()).as("the edited disk is listed last").isEqualTo(first.fileName());
            assertThat(facts.disks().get(1).slot()).contains(new DiskSlot(DiskBus.SCSI, 0, 0));
            assertThat(facts.disks().get(0).slot()).contains(new DiskSlot(DiskBus.SCSI, 0, 3));
        }
    }
}
