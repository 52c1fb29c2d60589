package dev.cloudfit.assess.pricing;

/**
 * The operating-system licence a VM price includes. The price list has one row per size for the base meter
 * (Linux, no licence) and one for Windows, told apart by the {@code productName}: a {@code " Windows"} suffix
 * means Windows; anything else (no suffix, or {@code " Linux"}) is the base meter.
 */
public enum PricingOs {
    LINUX,
    WINDOWS;

    /** Reads the licence from a VM row's {@code productName}, e.g. {@code Virtual Machines Dsv5 Series Windows}. */
    public static PricingOs fromProductName(String productName) {
        return productName.trim().endsWith(" Windows") ? WINDOWS : LINUX;
    }
}
