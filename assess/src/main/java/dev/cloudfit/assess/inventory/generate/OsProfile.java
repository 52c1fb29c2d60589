package dev.cloudfit.assess.inventory.generate;

import java.util.Objects;

/**
 * A guest OS as a generated VM shows it: the configured name ({@code config.guestFullName}, what the
 * VM was created as), the name VMware Tools reports (often more precise, sometimes different), its
 * word size, and how it tends to be deployed: the range of virtual hardware versions seen with it
 * and the share of EFI (newer OSes on newer hardware boot EFI more often). {@code weight} is its
 * relative frequency in an estate.
 */
record OsProfile(
        String shortName,
        String configuredName,
        String toolsName,
        boolean windows,
        int bits,
        double weight,
        int minHardwareVersion,
        int maxHardwareVersion,
        double efiShare,
        int releaseYear) {

    OsProfile {
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(configuredName, "configuredName");
        if (minHardwareVersion > maxHardwareVersion) {
            throw new IllegalArgumentException("hardware range upside down for " + shortName);
        }
    }

    boolean isServer() {
        return !windows || configuredName.contains("Server");
    }
}
