package dev.cloudfit.assess.collect;

import java.util.List;

/**
 * The VM property paths the inventory collector asks vCenter for, and nothing more: whole
 * {@code config} or {@code guest} objects would bring extraConfig, every device's details and
 * Tools' full state, several times the bytes.
 */
final class VmProperties {

    static final List<String> PATHS = List.of(
            "name", "parent", "config.instanceUuid", "config.uuid", "config.template", "config.version",
            "config.hardware.numCPU", "config.hardware.numCoresPerSocket", "config.hardware.memoryMB",
            "config.firmware", "config.guestFullName", "config.guestId", "config.annotation",
            "config.hardware.device", "guest.guestFullName", "guest.net", "guest.disk",
            "runtime.powerState", "runtime.host", "customValue", "summary.storage.committed",
            "summary.storage.uncommitted");

    private VmProperties() {
    }
}
