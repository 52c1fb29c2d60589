package dev.cloudfit.migrate.azure;

/** ARM's {@code licenseType} of a VM: none, or Azure Hybrid Benefit for the guest's OS. */
public enum LicenseType {
    /** Pay-as-you-go licensing (no {@code licenseType}). */
    NONE(""),
    /** Azure Hybrid Benefit for Windows Server. */
    WINDOWS_SERVER("Windows_Server"),
    /** Azure Hybrid Benefit for Windows client (multi-tenant hosting rights). */
    WINDOWS_CLIENT("Windows_Client"),
    /** Red Hat Enterprise Linux, bring your own subscription. */
    RHEL_BYOS("RHEL_BYOS"),
    /** SUSE Linux Enterprise Server, bring your own subscription. */
    SLES_BYOS("SLES_BYOS");

    private final String armValue;

    LicenseType(String armValue) {
        this.armValue = armValue;
    }

    /** @return the value of ARM's {@code licenseType}; empty for {@link #NONE} */
    public String armValue() {
        return armValue;
    }
}
