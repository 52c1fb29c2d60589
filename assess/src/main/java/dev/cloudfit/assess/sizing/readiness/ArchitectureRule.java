package dev.cloudfit.assess.sizing.readiness;

import dev.cloudfit.assess.inventory.Vm;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Any 32-bit guest is conditionally ready (reference §4.2): it runs, but upgrading to 64-bit is advised.
 * 32-bit is read from the OS name ({@code (32-bit)}, {@code x86}, {@code i386} ...) or from an Azure
 * Migrate CSV's "OS architecture" column (kept as the custom attribute of that name), whose template
 * values are x64, x86, amd64, 32-bit and 64-bit (reference §8.1).
 */
public final class ArchitectureRule implements ReadinessRule {

    /** The custom attribute an Azure Migrate CSV's "OS architecture" column becomes. */
    static final String OS_ARCHITECTURE = "os architecture";

    @Override
    public List<Finding> check(Vm vm) {
        String os = OsName.of(vm);
        boolean bits32 = os.contains("32-bit") || os.contains("32 bit") || os.contains("(x86)")
                || os.endsWith(" x86") || os.contains("i386") || os.contains("i686");
        String column = architectureColumn(vm);
        boolean column32 = column != null && column.matches("x86|32-bit|32 bit|32bit|32|i386|i686");
        if (!bits32 && !column32) {
            return List.of();
        }
        String what = bits32 ? OsName.display(vm) + " is a 32-bit OS"
                : OsName.display(vm) + " is a 32-bit OS (OS architecture '" + column + "')";
        return List.of(Finding.of("azure.os.32-bit", "GuestOperatingSystemArchitectureNotSupported", Severity.CONDITION,
                what, "Upgrade to the 64-bit edition of the OS"));
    }

    private static String architectureColumn(Vm vm) {
        for (Map.Entry<String, String> a : vm.customAttributes().entrySet()) {
            if (a.getKey().strip().toLowerCase(Locale.ROOT).equals(OS_ARCHITECTURE) && a.getValue() != null) {
                return a.getValue().strip().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
