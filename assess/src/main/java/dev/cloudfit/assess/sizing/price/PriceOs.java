package dev.cloudfit.assess.sizing.price;

import dev.cloudfit.assess.inventory.GuestOs;
import dev.cloudfit.assess.inventory.OsFamily;
import dev.cloudfit.assess.pricing.scenario.VmLicence;

/**
 * The licence a VM is priced with: Windows rows carry the Windows licence; RHEL and SLES are the base rate plus
 * their software meter; every other OS the base (Linux) rate.
 */
public enum PriceOs {
    LINUX,
    WINDOWS,
    RHEL,
    SLES;

    /** By OS family only (Windows or not); a Linux guest is priced as free Linux. Prefer {@link #of(GuestOs)}. */
    public static PriceOs of(OsFamily family) {
        return family == OsFamily.WINDOWS_SERVER || family == OsFamily.WINDOWS_CLIENT ? WINDOWS : LINUX;
    }

    /** By the guest OS name: RHEL and SLES guests are told apart from free distributions. */
    public static PriceOs of(GuestOs os) {
        if (os == null) {
            return LINUX;
        }
        return of(VmLicence.of(os).orElse(VmLicence.LINUX));
    }

    public static PriceOs of(VmLicence licence) {
        return switch (licence) {
            case LINUX -> LINUX;
            case WINDOWS -> WINDOWS;
            case RHEL -> RHEL;
            case SLES -> SLES;
        };
    }

    public VmLicence licence() {
        return switch (this) {
            case LINUX -> VmLicence.LINUX;
            case WINDOWS -> VmLicence.WINDOWS;
            case RHEL -> VmLicence.RHEL;
            case SLES -> VmLicence.SLES;
        };
    }
}
