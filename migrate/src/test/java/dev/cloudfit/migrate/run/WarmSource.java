package dev.cloudfit.migrate.run;

import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.testing.VcsimDisks;
import dev.cloudfit.vsphere.testing.VcsimObjects;
import dev.cloudfit.vsphere.vm.PowerState;
import dev.cloudfit.vsphere.vm.VmChange;
import dev.cloudfit.vsphere.vm.VmDisk;
import dev.cloudfit.vsphere.vm.VmDisks;
import dev.cloudfit.vsphere.vm.VmOperations;

/**
 * vcsim's DC0_H0_VM0 made the source of a warm migration: powered off, its first disk resized to the length of
 * the given bytes and filled with them, powered on again.
 */
record WarmSource(ManagedObjectReference vm, VmOperations ops, VmDisk disk) {

    static WarmSource place(Vcsim vcsim, VcenterSession session, byte[] source) throws Exception {
        ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM0");
        VmOperations ops = new VmOperations(session);
        ops.powerOff(vm);
        VmDisk disk = new VmDisks(session).of(vm).get(0);
        VcsimDisks.resize(session, vm, disk.key(), source.length);
        VcsimDisks.put(vcsim, session, "DC0", disk.baseFlatExtent(), source);
        ops.undo(new VmChange.PoweredOff(vm, PowerState.POWERED_ON));
        return new WarmSource(vm, ops, disk);
    }
}
