package dev.cloudfit.vsphere.cbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.fault.VimFaultException;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.testing.VcsimDisks;
import dev.cloudfit.vsphere.testing.VcsimObjects;
import dev.cloudfit.vsphere.vm.VmChange;
import dev.cloudfit.vsphere.vm.VmDisk;
import dev.cloudfit.vsphere.vm.VmDisks;
import dev.cloudfit.vsphere.vm.VmOperations;
import org.junit.jupiter.api.Test;

/** QueryChangedDiskAreas on the project's vcsim: change ids per snapshot disk backing, windows, refusals. */
@WithVcsim(clustersPerDatacenter = 0, vmsPerHostOrCluster = 3)
class ChangedAreasVcsimTest {

    private static final long CAPACITY = 20L << 20;

    private static VmDisk prepare(Vcsim vcsim, VcenterSession session, ManagedObjectReference vm, byte[] content) {
        VmDisk disk = new VmDisks(session).of(vm).get(0);
        VcsimDisks.resize(session, vm, disk.key(), CAPACITY);
        VcsimDisks.put(vcsim, session, "DC0", disk.baseFlatExtent(), content);
        return disk;
    }

    @Test
    void eachSnapshotDiskCarriesItsOwnChangeId(Vcsim vcsim) {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM0");
            byte[] content = new byte[(int) CAPACITY];
            content[17 << 20] = 1; // one byte in the block at 17 MiB, in the second answer's window
            VmDisk disk = prepare(vcsim, session, vm, content);
            VmOperations ops = new VmOperations(session);
            ops.enableChangeTracking(vm);
            VmChange.SnapshotTaken one = ops.takeSnapshot(vm, "one", "");
            content[3 << 20] = 1;
            VcsimDisks.put(vcsim, session, "DC0", disk.baseFlatExtent(), content);
            VmChange.SnapshotTaken two = ops.takeSnapshot(vm, "two", "");

            VmDisks disks = new VmDisks(session);
            String idOne = disks.of(one.snapshot(), disk.key()).changeId().orElseThrow();
            String idTwo = disks.of(two.snapshot(), disk.key()).changeId().orElseThrow();
            assertThat(idOne).isNotEqualTo(idTwo);
            assertThat(disks.of(vm, disk.key()).changeId()).contains(idTwo);

            ChangedAreas areas = new ChangedAreas(session);
            assertThat(areas.query(vm, one.snapshot(), disk.key(), CAPACITY, "*").areas())
                    .containsExactly(new DiskArea(17L << 20, 64 << 10));
            assertThat(areas.query(vm, two.snapshot(), disk.key(), CAPACITY, "*").areas())
                    .containsExactly(new DiskArea(3L << 20, 64 << 10), new DiskArea(17L << 20, 64 << 10));
            assertThat(areas.query(vm, two.snapshot(), disk.key(), CAPACITY, idOne).areas())
                    .containsExactly(new DiskArea(3L << 20, 64 << 10));
            assertThat(areas.query(vm, two.snapshot(), disk.key(), CAPACITY, idTwo).areas()).isEmpty();

            ops.undo(two);
            ops.undo(one);
            assertThatThrownBy(() -> areas.query(vm, one.snapshot(), disk.key(), CAPACITY, "*"))
                    .as("a removed snapshot is gone, as on vCenter")
                    .isInstanceOfSatisfying(VimFaultException.class,
                            e -> assertThat(e.faultName()).isEqualTo("ManagedObjectNotFound"));
        }
    }

    @Test
    void anUnknownChangeIdIsARefusalToTellApart(Vcsim vcsim) {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM1");
            VmDisk disk = prepare(vcsim, session, vm, new byte[(int) CAPACITY]);
            VmOperations ops = new VmOperations(session);
            ops.enableChangeTracking(vm);
            VmChange.SnapshotTaken snap = ops.takeSnapshot(vm, "s", "");
            ChangedAreas areas = new ChangedAreas(session);
            String bogus = "52 00 00 00 00 00 00 00-00 00 00 00 00 00 00 00/1";

            assertThatThrownBy(() -> areas.query(vm, snap.snapshot(), disk.key(), CAPACITY, bogus))
                    .isInstanceOfSatisfying(UnknownChangeIdException.class, e -> {
                        assertThat(e.changeId()).isEqualTo(bogus);
                        assertThat(e.getMessage()).contains("changed-block tracking was reset");
                    });
            assertThatThrownBy(() -> areas.query(vm, snap.snapshot(), 999_999, CAPACITY, "*"))
                    .isInstanceOfSatisfying(VimFaultException.class, e -> assertThat(e.faultName()).isEqualTo("InvalidArgument"));
            ops.undo(snap);
        }
    }

    @Test
    void aSnapshotTakenWithoutTrackingHasNoChangeId(Vcsim vcsim) {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM2");
            VmOperations ops = new VmOperations(session);
            VmChange.SnapshotTaken snap = ops.takeSnapshot(vm, "plain", "");
            VmDisk disk = new VmDisks(session).of(snap.snapshot()).get(0);
            assertThat(disk.changeId()).isEmpty();
            assertThatThrownBy(() -> new ChangedAreas(session).query(vm, snap.snapshot(), disk.key(),
                    disk.capacity().bytes(), "*"))
                    .isInstanceOfSatisfying(VimFaultException.class, e -> assertThat(e.faultName()).isEqualTo("FileFault"));
            ops.undo(snap);
        }
    }
}
