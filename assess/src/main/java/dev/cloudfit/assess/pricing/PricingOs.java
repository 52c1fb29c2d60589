package dev.cloudfit.assess.pricing;

/**
 * The operating-system licence a VM price includes. The price list has one row per size for the base meter
 * (Linux, no licence) and one for Windows, told apart by the {@code productName}: a {@code " Windows"} suffix
 * means Windows, and so does the abbreviated {@code " Win"} of one product ({@code Virtual Machines NCCadsv5 Srs
 * Win}); anything else (no suffix, or {@code " Linux"}) is the base meter.
 */
public enum PricingOs {
    LINUX,
    WINDOWS;

    /** Reads the licence from a VM row's {@code productName}, e.g. {@code Virtual Machines Dsv5 Series Windows}. */
    public static PricingOs fromProductName(String productName) {
        String p = productName.trim();
        return p.endsWith(" Windows") || p.endsWith(" Win") ? WINDOWS : LINUX;
    }
}
