package dev.cloudfit.assess.inventory;

/**
 * The guest OS as configured on the VM ({@code config.guestFullName}) and as VMware Tools reports
 * it ({@code guest.guestFullName}). Tools is closer to the truth when present; either may be null.
 */
public record GuestOs(String configured, String reportedByTools) {

    /** The best name known: VMware Tools' if present, else the configured one, else null. */
    public String bestName() {
        if (reportedByTools != null && !reportedByTools.isBlank()) {
            return reportedByTools;
        }
        return configured == null || configured.isBlank() ? null : configured;
    }

    public OsFamily family() {
        return OsFamily.classify(bestName());
    }
}
