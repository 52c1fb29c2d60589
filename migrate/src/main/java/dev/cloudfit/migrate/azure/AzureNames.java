package dev.cloudfit.migrate.azure;

import java.util.regex.Pattern;

/** Azure's naming rules for the resources cloudfit creates (Microsoft.Compute and Microsoft.Network). */
final class AzureNames {

    /** VM: 1–64 characters, letters, digits, '.', '-', '_'; not ending with '.' or '-'. */
    private static final Pattern VM = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,62}[A-Za-z0-9_]|[A-Za-z0-9_]");
    /** Disk, NIC: 1–80 characters, letters, digits, '.', '-', '_'; starting alphanumeric, ending alphanumeric or '_'. */
    private static final Pattern DISK_OR_NIC = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,78}[A-Za-z0-9_]|[A-Za-z0-9]");
    /** Resource group: 1–90 characters, letters, digits, '.', '_', '-', '(', ')'; not ending with '.'. */
    private static final Pattern GROUP = Pattern.compile("[\\p{L}\\p{N}._()-]{0,89}[\\p{L}\\p{N}_()-]");

    private AzureNames() {
    }

    static boolean validVm(String name) {
        return VM.matcher(name).matches();
    }

    static boolean validDiskOrNic(String name) {
        return DISK_OR_NIC.matcher(name).matches();
    }

    static boolean validGroup(String name) {
        return GROUP.matcher(name).matches();
    }
}
