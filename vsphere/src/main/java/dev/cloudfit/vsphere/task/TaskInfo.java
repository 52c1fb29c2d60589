package dev.cloudfit.vsphere.task;

import dev.cloudfit.vsphere.fault.VimFault;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A task's state as {@code Task.info} reports it: which operation on which object, how far, and
 * how it ended.
 *
 * @param task the task
 * @param name the operation, e.g. {@code PowerOffVM_Task} (vCenter's {@code info.name}), or its description id
 * @param entity the object the task works on, if any
 * @param entityName that object's name, may be empty
 * @param state queued, running, success or error
 * @param progress percent done while running, if the server says
 * @param error the fault, when the state is error
 * @param result the result when it is a managed object (e.g. the VM a clone created)
 */
public record TaskInfo(ManagedObjectReference task, String name, Optional<ManagedObjectReference> entity,
                       String entityName, TaskState state, OptionalInt progress, Optional<VimFault> error,
                       Optional<ManagedObjectReference> result) {

    public TaskInfo {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(entity, "entity");
        entityName = entityName == null ? "" : entityName;
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(result, "result");
    }
}
