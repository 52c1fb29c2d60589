package dev.cloudfit.vsphere.task;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.fault.LocalizedFaults;
import dev.cloudfit.vsphere.fault.VimFault;
import dev.cloudfit.vsphere.property.PropertyValue;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.util.OptionalInt;

/** Maps a {@code TaskInfo} from the property collector's neutral tree into a {@link TaskInfo}. */
final class TaskInfoMapper {

    private TaskInfoMapper() {
    }

    static TaskInfo map(ManagedObjectReference task, PropertyValue info) {
        String wireState = info.path("state").flatMap(PropertyValue::text).orElse("");
        TaskState state;
        try {
            state = TaskState.ofWire(wireState);
        } catch (IllegalArgumentException e) {
            throw new ExternalSystemException("vCenter reports task " + task.value() + " in a state vim25 does not have: '"
                    + wireState.strip() + "'");
        }
        String name = info.path("name").flatMap(PropertyValue::text).filter(s -> !s.isBlank())
                .or(() -> info.path("descriptionId").flatMap(PropertyValue::text)).orElse("").strip();
        OptionalInt progress = info.path("progress").flatMap(PropertyValue::intValue)
                .map(OptionalInt::of).orElse(OptionalInt.empty());
        return new TaskInfo(task, name, info.path("entity").flatMap(PropertyValue::reference),
                info.path("entityName").flatMap(PropertyValue::text).orElse(""), state, progress,
                info.path("error").map(TaskInfoMapper::fault), info.path("result").flatMap(PropertyValue::reference));
    }

    /** A {@code LocalizedMethodFault}: the fault's type and simple fields, and the localized message. */
    private static VimFault fault(PropertyValue error) {
        return LocalizedFaults.read(error);
    }
}
