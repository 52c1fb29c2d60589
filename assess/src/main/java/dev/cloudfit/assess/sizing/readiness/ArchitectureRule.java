package dev.cloudfit.assess.sizing.readiness;

import dev.cloudfit.assess.inventory.Vm;

import java.util.List;

/** Any 32-bit guest is conditionally ready (reference §4.2): it runs, but upgrading to 64-bit is advised. */
public final class ArchitectureRule implements ReadinessRule {

    @Override
    public List<Finding> check(Vm vm) {
        String os = OsName.of(vm);
        boolean bits32 = os.contains("32-bit") || os.contains("32 bit") || os.contains("(x86)")
                || os.endsWith(" x86") || os.contains("i386") || os.contains("i686");
        if (!bits32) {
            return List.of();
        }
        return List.of(Finding.of("azure.os.32-bit", "GuestOperatingSystemArchitectureNotSupported", Severity.CONDITION,
                OsName.display(vm) + " is a 32-bit OS", "Upgrade to the 64-bit edition of the OS"));
    }
}
