package dev.cloudfit.migrate.source;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.migrate.disk.DiskImage;
import dev.cloudfit.vsphere.datastore.DatastoreFiles;
import dev.cloudfit.vsphere.datastore.DatastorePath;
import dev.cloudfit.vsphere.fault.ManagedObjectNotFoundException;
import dev.cloudfit.vsphere.http.VcenterHttp;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.tls.VcenterTls;
import dev.cloudfit.vsphere.vm.DiskFacts;
import dev.cloudfit.vsphere.vm.PowerState;
import dev.cloudfit.vsphere.vm.VmChange;
import dev.cloudfit.vsphere.vm.VmFacts;
import dev.cloudfit.vsphere.vm.VmInspector;
import dev.cloudfit.vsphere.vm.VmOperations;
import dev.cloudfit.vsphere.vm.VmDisk;
import dev.cloudfit.vsphere.warm.CycleReport;
import dev.cloudfit.vsphere.warm.DiskTarget;
import dev.cloudfit.vsphere.warm.WarmCycle;
import dev.cloudfit.vsphere.warm.WarmState;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** {@link SourceVm} on a vCenter session: the vsphere module's operations, inspector and datastore reads. */
public final class VsphereSourceVm implements SourceVm {

    private final VcenterHttp http;
    private final VmOperations operations;
    private final VmInspector inspector;

    public VsphereSourceVm(VcenterSession session, VcenterTls tls, TransportSettings transport) {
        this.http = new VcenterHttp(session, tls, transport);
        this.operations = new VmOperations(session);
        this.inspector = new VmInspector(session);
    }

    private static ManagedObjectReference vm(String moRef) {
        return new ManagedObjectReference("VirtualMachine", moRef);
    }

    @Override
    public VmFacts inspect(String vmMoRef) {
        return inspector.inspect(vm(vmMoRef));
    }

    @Override
    public String takeSnapshot(String vmMoRef, String name) {
        return operations.takeSnapshot(vm(vmMoRef), name, "cloudfit migrate: holds the base disk still while it is"
                + " copied; removed when the copy is verified or rolled back").snapshot().value();
    }

    /** A snapshot already gone counts as removed: a crash after removing it and before journaling that leaves it named. */
    @Override
    public void removeSnapshot(String vmMoRef, String snapshotMoRef) {
        try {
            operations.undo(new VmChange.SnapshotTaken(vm(vmMoRef), new ManagedObjectReference("VirtualMachineSnapshot",
                    snapshotMoRef), "cloudfit"));
        } catch (ManagedObjectNotFoundException gone) {
            // removed before the journal could say so
        }
    }

    @Override
    public boolean powerOff(String vmMoRef) {
        return operations.powerOff(vm(vmMoRef)).isPresent();
    }

    @Override
    public void powerOn(String vmMoRef) {
        operations.undo(new VmChange.PoweredOff(vm(vmMoRef), PowerState.POWERED_ON));
    }

    @Override
    public boolean enableChangeTracking(String vmMoRef) {
        return operations.enableChangeTracking(vm(vmMoRef)).isPresent();
    }

    @Override
    public void disableChangeTracking(String vmMoRef) {
        operations.undo(new VmChange.ChangeTrackingEnabled(vm(vmMoRef)));
    }

    @Override
    public CycleReport warmCycle(VmFacts vm, WarmState state, Function<VmDisk, DiskTarget> targets,
            Consumer<WarmState> checkpoint) {
        return new WarmCycle(http.session(), new DatastoreFiles(http, vm.datacenter())).run(state, targets, checkpoint);
    }

    @Override
    public WarmState finishWarm(WarmState state, Consumer<WarmState> checkpoint) {
        if (state.snapshot().isEmpty()) {
            return state;
        }
        try {
            operations.removeSnapshot(state.snapshot().get());
        } catch (ManagedObjectNotFoundException gone) {
            // removed before the state could say so
        }
        WarmState done = state.withSnapshot(Optional.empty());
        checkpoint.accept(done);
        return done;
    }

    @Override
    public DiskImage disk(VmFacts vm, int diskIndex, Optional<String> snapshotMoRef) {
        if (diskIndex >= vm.disks().size()) {
            throw new ExternalSystemException(vm.name() + " has " + vm.disks().size() + " disk(s) in vCenter now, not "
                    + (diskIndex + 1) + "; plan again");
        }
        DiskFacts d = vm.disks().get(diskIndex);
        DatastorePath flat = base(vm, d).flatExtent();
        return new DatastoreDiskImage(new DatastoreFiles(http, vm.datacenter()), flat, d.capacity());
    }

    /** With cloudfit's snapshot on top, the disk's file is the snapshot's delta; the base is what is copied. */
    private DatastorePath base(VmFacts vm, DiskFacts d) {
        return new dev.cloudfit.vsphere.vm.VmDisks(http.session()).of(vm.vm(), d.key()).baseFile();
    }
}
