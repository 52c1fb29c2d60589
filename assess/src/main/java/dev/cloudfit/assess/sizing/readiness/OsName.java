package dev.cloudfit.assess.sizing.readiness;

import dev.cloudfit.assess.inventory.Vm;

import java.util.Locale;

/** The guest OS string rules look at: VMware Tools' name when present, else the configured one; lower case. */
final class OsName {

    private OsName() {
    }

    static String of(Vm vm) {
        String name = vm.guestOs().bestName();
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    static String display(Vm vm) {
        String name = vm.guestOs().bestName();
        return name == null ? "an unknown OS" : name;
    }

    static boolean isWindowsServer(String os) {
        return os.contains("windows") && os.contains("server");
    }
}
