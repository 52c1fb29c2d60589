package dev.cloudfit.assess.pricing.scenario;

import dev.cloudfit.assess.inventory.GuestOs;
import dev.cloudfit.assess.inventory.OsFamily;
import java.util.Locale;
import java.util.Optional;

/**
 * The operating-system licence a VM needs in Azure, which decides its price rows:
 * <ul>
 * <li>{@link #LINUX}: free distributions, the base (Linux) meter;</li>
 * <li>{@link #WINDOWS}: the Windows meter, or the base meter with Azure Hybrid Benefit;</li>
 * <li>{@link #RHEL}, {@link #SLES}: the base meter plus a software meter that the regional price list does not
 * carry (it is a separate, global product under {@code Virtual Machines Licenses}); with Azure Hybrid Benefit
 * (bring your own subscription) the base meter alone.</li>
 * </ul>
 */
public enum VmLicence {
    LINUX,
    WINDOWS,
    RHEL,
    SLES;

    /** The licence of a guest OS, or empty when the OS is unknown or neither Windows nor Linux. */
    public static Optional<VmLicence> of(GuestOs os) {
        OsFamily family = os.family();
        if (family == OsFamily.WINDOWS_SERVER || family == OsFamily.WINDOWS_CLIENT) {
            return Optional.of(WINDOWS);
        }
        if (family != OsFamily.LINUX) {
            return Optional.empty();
        }
        String name = os.bestName().toLowerCase(Locale.ROOT);
        if (name.contains("red hat") || name.contains("rhel")) {
            return Optional.of(RHEL);
        }
        if (name.contains("suse") || name.contains("sles")) {
            return Optional.of(SLES);
        }
        return Optional.of(LINUX);
    }
}
