package dev.cloudfit.vsphere.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.property.PropertyCollector;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.testing.VcsimObjects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each change to a source VM is returned as a record, and undoing it puts the VM back. */
@WithVcsim(clustersPerDatacenter = 0, vmsPerHostOrCluster = 2)
class VmOperationsVcsimTest {

    @Test
    void powerOffIsRecordedWithThePreviousStateAndUndone(Vcsim vcsim) {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM0");
            VmOperations ops = new VmOperations(session);
            assertThat(ops.powerState(vm)).isEqualTo(PowerState.POWERED_ON);

            VmChange.PoweredOff off = ops.powerOff(vm).orElseThrow();
            assertThat(off.before()).isEqualTo(PowerState.POWERED_ON);
            assertThat(ops.powerState(vm)).isEqualTo(PowerState.POWERED_OFF);
            assertThat(ops.powerOff(vm)).as("already off: nothing to record").isEmpty();

            ops.undo(off);
            assertThat(ops.powerState(vm)).isEqualTo(PowerState.POWERED_ON);
        }
    }

    @Test
    void changeTrackingAndSnapshotsAreUndone(Vcsim vcsim) {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM1");
            VmOperations ops = new VmOperations(session);
            VmChange.ChangeTrackingEnabled cbt = ops.enableChangeTracking(vm).orElseThrow();
            assertThat(ops.enableChangeTracking(vm)).as("already on: nothing to record").isEmpty();
            VmChange.SnapshotTaken snap = ops.takeSnapshot(vm, "cloudfit-test", "a test snapshot");
            assertThat(snap.snapshot().type()).isEqualTo("VirtualMachineSnapshot");
            PropertyCollector pc = new PropertyCollector(session);
            assertThat(pc.readOne(vm, "snapshot.currentSnapshot").flatMap(v -> v.reference())).contains(snap.snapshot());

            ops.undo(snap);
            assertThat(pc.readOne(vm, "snapshot")).isEqualTo(Optional.empty());
            ops.undo(cbt);
            assertThat(ops.changeTrackingEnabled(vm)).isFalse();
        }
    }
}
