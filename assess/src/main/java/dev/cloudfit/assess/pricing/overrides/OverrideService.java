package dev.cloudfit.assess.pricing.overrides;

import java.util.Locale;
import java.util.Optional;

/** What an override prices, by the Retail Prices API's service name (and its unit). */
public enum OverrideService {
    /** A VM size: per hour (a reservation's effective hourly rate). */
    VIRTUAL_MACHINES("Virtual Machines", "per hour"),
    /** A RHEL or SLES licence meter: per hour, global. */
    VIRTUAL_MACHINES_LICENSES("Virtual Machines Licenses", "per hour"),
    /** A managed disk tier: per month. */
    MANAGED_DISKS("Managed Disks", "per month"),
    /** An Azure VMware Solution host node: per hour (a reservation's effective hourly rate). */
    AZURE_VMWARE_SOLUTION("Azure VMware Solution", "per hour");

    private final String label;
    private final String unit;

    OverrideService(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    static Optional<OverrideService> of(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (OverrideService s : values()) {
            if (s.label.toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
