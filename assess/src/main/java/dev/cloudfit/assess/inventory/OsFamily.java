package dev.cloudfit.assess.inventory;

import java.util.Locale;

/** A coarse grouping of guest operating systems, for summaries and price rows (Windows vs Linux). */
public enum OsFamily {
    WINDOWS_SERVER("Windows Server"),
    WINDOWS_CLIENT("Windows client"),
    LINUX("Linux"),
    OTHER("Other"),
    UNKNOWN("Unknown");

    private final String label;

    OsFamily(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Classifies a guest OS name as vSphere, VMware Tools or Azure Migrate write it. */
    public static OsFamily classify(String osName) {
        if (osName == null || osName.isBlank()) {
            return UNKNOWN;
        }
        String s = osName.toLowerCase(Locale.ROOT);
        if (s.contains("windows")) {
            return s.contains("server") ? WINDOWS_SERVER : WINDOWS_CLIENT;
        }
        if (s.contains("linux") || s.contains("red hat") || s.contains("rhel") || s.contains("centos")
                || s.contains("ubuntu") || s.contains("debian") || s.contains("suse") || s.contains("sles")
                || s.contains("oracle linux") || s.contains("rocky") || s.contains("alma")
                || s.contains("photon") || s.contains("fedora") || s.contains("coreos")) {
            return LINUX;
        }
        return OTHER;
    }
}
