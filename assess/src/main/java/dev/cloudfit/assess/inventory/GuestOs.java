package dev.cloudfit.assess.inventory;

import java.util.Locale;
import java.util.Set;

/**
 * The guest OS as configured on the VM ({@code config.guestFullName}) and as VMware Tools reports
 * it ({@code guest.guestFullName}). Tools is closer to the truth when it names a real OS; either may
 * be null. Real exports also carry junk in the Tools column (a shifted {@code false}, an adapter
 * type such as {@code Vmxnet3}): such a value never overrides a configured OS.
 */
public record GuestOs(String configured, String reportedByTools) {

    /** Values seen in the Tools column that name no operating system (shifted columns, device types). */
    private static final Set<String> JUNK = Set.of("true", "false", "0", "1", "null", "none", "n/a", "na", "-",
            "unknown", "vmxnet", "vmxnet2", "vmxnet3", "e1000", "e1000e", "vlance", "pcnet32", "sriov",
            "toolsok", "toolsold", "toolsnotrunning", "toolsnotinstalled", "guesttoolsrunning",
            "guesttoolsnotrunning");

    /**
     * The best name known: VMware Tools' when it plausibly names an OS (not junk, and not an
     * unrecognised name where the configured one is a known Windows or Linux), else the configured
     * one, else null.
     */
    public String bestName() {
        String config = usable(configured);
        String tools = usable(reportedByTools);
        if (tools == null) {
            return config;
        }
        if (config != null && OsFamily.classify(tools) == OsFamily.OTHER
                && OsFamily.classify(config) != OsFamily.OTHER) {
            return config;
        }
        return tools;
    }

    public OsFamily family() {
        return OsFamily.classify(bestName());
    }

    /** Whether the Tools value was set aside as naming no OS (for a warning). */
    public boolean toolsValueIsJunk() {
        return reportedByTools != null && !reportedByTools.isBlank() && usable(reportedByTools) == null;
    }

    private static String usable(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return JUNK.contains(name.trim().toLowerCase(Locale.ROOT)) ? null : name;
    }
}
