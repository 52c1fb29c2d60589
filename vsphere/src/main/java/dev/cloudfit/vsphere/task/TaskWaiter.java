package dev.cloudfit.vsphere.task;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.fault.VimFaultException;
import dev.cloudfit.vsphere.fault.VimFaults;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.property.MissingPropertyException;
import dev.cloudfit.vsphere.property.PropertyCollector;
import dev.cloudfit.vsphere.property.PropertyValue;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Waits for a vCenter task to end. Polls {@code Task.info} (one property read through the
 * {@link PropertyCollector}) every {@code 100 ms} at first, backing off to {@code 2 s}: short tasks return quickly and
 * long ones (a disk export) cost one small call every two seconds. Polling, rather than
 * {@code WaitForUpdatesEx}, keeps no filter on the server, so a re-login (the session is lost during
 * an hour-long task) needs nothing rebuilt: reads go through {@link VcenterSession#call}.
 *
 * <p>A task that ends in error raises the typed exception of its fault
 * ({@link VimFaults#toException}, e.g. {@code InvalidPowerState} as a {@link VimFaultException} with
 * that {@link VimFaultException#faultName()}), named after the task's operation. One that outlives
 * the deadline raises {@link TaskTimeoutException} and keeps running in vCenter.
 */
public final class TaskWaiter {

    static final Duration FIRST_POLL = Duration.ofMillis(100);
    static final Duration LONGEST_POLL = Duration.ofSeconds(2);

    private final VcenterSession session;
    private final PropertyCollector collector;

    public TaskWaiter(VcenterSession session) {
        this.session = Objects.requireNonNull(session, "session");
        this.collector = new PropertyCollector(session);
    }

    /** @return the task's info now ({@code Task.info} through the property collector) */
    public TaskInfo info(ManagedObjectReference task) {
        Optional<PropertyValue> info = readInfo(task);
        if (info.isEmpty()) {
            // vcsim may answer a property read on a lost session with nothing instead of NotAuthenticated;
            // currentSession() tells the two apart and logs in again if the session is gone
            session.currentSession();
            info = readInfo(task);
        }
        return TaskInfoMapper.map(task, info.orElseThrow(() -> new ExternalSystemException("vCenter has no task "
                + task.value() + " (finished tasks are forgotten after a while)")));
    }

    /**
     * One read of {@code info}. A lost session may come back as a missing property with fault
     * NotAuthenticated rather than as a SOAP fault (vcsim does this): log in again once and read again.
     */
    private Optional<PropertyValue> readInfo(ManagedObjectReference task) {
        try {
            return collector.readOne(task, "info");
        } catch (MissingPropertyException missing) {
            if (!missing.missing().fault().name().equals("NotAuthenticated")) {
                throw missing;
            }
            session.currentSession();
            return collector.readOne(task, "info");
        }
    }

    /** Waits without progress reports; see {@link #await(ManagedObjectReference, Duration, Consumer)}. */
    public TaskInfo await(ManagedObjectReference task, Duration timeout) {
        return await(task, timeout, info -> { });
    }

    /**
     * Waits until the task succeeds, fails or the timeout passes.
     *
     * @param progress called with each state seen before the end (for progress bars)
     * @return the final info of a successful task
     * @throws VimFaultException (or a subclass) when the task ends in error
     * @throws TaskTimeoutException when it is still queued or running at the deadline
     */
    public TaskInfo await(ManagedObjectReference task, Duration timeout, Consumer<TaskInfo> progress) {
        Objects.requireNonNull(task, "task");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative: " + timeout);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration pause = FIRST_POLL;
        while (true) {
            TaskInfo info = info(task);
            if (info.state() == TaskState.SUCCESS) {
                return info;
            }
            if (info.state() == TaskState.ERROR) {
                throw info.error().map(fault -> VimFaults.toException(info.name(), fault))
                        .orElseGet(() -> VimFaults.toException(info.name(),
                                new dev.cloudfit.vsphere.fault.VimFault("UnknownFault",
                                        "the task ended in error without saying why", java.util.Map.of())));
            }
            progress.accept(info);
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TaskTimeoutException(info, timeout);
            }
            sleep(Math.min(pause.toNanos(), left));
            pause = pause.multipliedBy(2).compareTo(LONGEST_POLL) > 0 ? LONGEST_POLL : pause.multipliedBy(2);
        }
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExternalSystemException("interrupted while waiting for a vCenter task", e);
        }
    }
}
