package dev.cloudfit.vsphere.vm;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.property.PropertyCollector;
import dev.cloudfit.vsphere.property.PropertyValue;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SoapRequest;
import dev.cloudfit.vsphere.task.TaskInfo;
import dev.cloudfit.vsphere.task.TaskWaiter;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The changes a migration makes to a source VM, each returned as a {@link VmChange} to record, and
 * their undoing. Tasks are started once ({@code callOnce}) and awaited up to {@link #taskTimeout()}.
 *
 * <pre>{@code
 * VmOperations ops = new VmOperations(session);
 * ops.enableChangeTracking(vm).ifPresent(log::record);
 * VmChange.SnapshotTaken snap = ops.takeSnapshot(vm, "cloudfit-1", "warm migration cycle 1");
 * log.record(snap);
 * ...
 * ops.undo(snap);                               // RemoveSnapshot_Task
 * }</pre>
 */
public final class VmOperations {

    /** Default wait for one task; a snapshot removal that consolidates a large delta can take long. */
    public static final Duration DEFAULT_TASK_TIMEOUT = Duration.ofMinutes(30);

    private final VcenterSession session;
    private final PropertyCollector collector;
    private final TaskWaiter tasks;
    private final Duration taskTimeout;

    public VmOperations(VcenterSession session) {
        this(session, DEFAULT_TASK_TIMEOUT);
    }

    public VmOperations(VcenterSession session, Duration taskTimeout) {
        this.session = Objects.requireNonNull(session, "session");
        this.collector = new PropertyCollector(session);
        this.tasks = new TaskWaiter(session);
        this.taskTimeout = Objects.requireNonNull(taskTimeout, "taskTimeout");
    }

    /** @return how long one task is awaited */
    public Duration taskTimeout() {
        return taskTimeout;
    }

    /** @return {@code runtime.powerState} */
    public PowerState powerState(ManagedObjectReference vm) {
        return collector.readOne(vm, "runtime.powerState").flatMap(PropertyValue::text).map(PowerState::fromWire)
                .orElseThrow(() -> new ExternalSystemException(vm + " reports no power state"));
    }

    /** @return {@code config.changeTrackingEnabled} (unset counts as off) */
    public boolean changeTrackingEnabled(ManagedObjectReference vm) {
        return collector.readOne(vm, "config.changeTrackingEnabled").flatMap(PropertyValue::booleanValue).orElse(false);
    }

    /**
     * Powers the VM off (hard, {@code PowerOffVM_Task}) unless it already is.
     *
     * @return the change to record, or empty when the VM was already off
     */
    public Optional<VmChange.PoweredOff> powerOff(ManagedObjectReference vm) {
        PowerState before = powerState(vm);
        if (before == PowerState.POWERED_OFF) {
            return Optional.empty();
        }
        run(SoapRequest.method("PowerOffVM_Task", vm).build());
        return Optional.of(new VmChange.PoweredOff(vm, before));
    }

    /**
     * Switches changed-block tracking on ({@code ReconfigVM_Task} with {@code changeTrackingEnabled}) unless
     * it already is. vCenter starts tracking at the VM's next stun (power on, snapshot create or remove).
     *
     * @return the change to record, or empty when tracking was already on
     * @throws ExternalSystemException when the VM says it cannot track changes ({@code capability.changeTrackingSupported})
     */
    public Optional<VmChange.ChangeTrackingEnabled> enableChangeTracking(ManagedObjectReference vm) {
        if (changeTrackingEnabled(vm)) {
            return Optional.empty();
        }
        Optional<Boolean> supported = collector.readOne(vm, "capability.changeTrackingSupported")
                .flatMap(PropertyValue::booleanValue);
        if (supported.isPresent() && !supported.get()) {
            throw new ExternalSystemException(vm + " does not support changed-block tracking"
                    + " (virtual hardware older than version 7?)");
        }
        setChangeTracking(vm, true);
        return Optional.of(new VmChange.ChangeTrackingEnabled(vm));
    }

    /**
     * Takes a snapshot without memory and without quiescing the guest.
     *
     * @return the change to record
     */
    public VmChange.SnapshotTaken takeSnapshot(ManagedObjectReference vm, String name, String description) {
        TaskInfo done = run(SoapRequest.method("CreateSnapshot_Task", vm).text("name", name)
                .text("description", description).bool("memory", false).bool("quiesce", false).build());
        ManagedObjectReference snapshot = done.result()
                .orElseThrow(() -> new ExternalSystemException("CreateSnapshot_Task on " + vm + " returned no snapshot"));
        return new VmChange.SnapshotTaken(vm, snapshot, name);
    }

    /** Removes a snapshot, consolidating its data into the disks ({@code RemoveSnapshot_Task}, no children). */
    public void removeSnapshot(ManagedObjectReference snapshot) {
        run(SoapRequest.method("RemoveSnapshot_Task", snapshot).bool("removeChildren", false)
                .bool("consolidate", true).build());
    }

    /** Puts back what the change did. */
    public void undo(VmChange change) {
        if (change instanceof VmChange.SnapshotTaken s) {
            removeSnapshot(s.snapshot());
        } else if (change instanceof VmChange.PoweredOff p) {
            if (p.before() == PowerState.POWERED_ON && powerState(p.vm()) != PowerState.POWERED_ON) {
                run(SoapRequest.method("PowerOnVM_Task", p.vm()).build());
            }
        } else if (change instanceof VmChange.ChangeTrackingEnabled c) {
            setChangeTracking(c.vm(), false);
        }
    }

    private void setChangeTracking(ManagedObjectReference vm, boolean on) {
        run(SoapRequest.method("ReconfigVM_Task", vm)
                .object("spec", null, spec -> spec.bool("changeTrackingEnabled", on)).build());
    }

    private TaskInfo run(SoapRequest request) {
        ManagedObjectReference task = session.callOnce(request, Returned.reference());
        return tasks.await(task, taskTimeout);
    }
}
