package dev.cloudfit.assess.sizing.price;

import dev.cloudfit.assess.inventory.OsFamily;

/** The licence row a VM is priced on: Windows rows carry the Windows licence, every other OS the base rate. */
public enum PriceOs {
    LINUX,
    WINDOWS;

    public static PriceOs of(OsFamily family) {
        return family == OsFamily.WINDOWS_SERVER || family == OsFamily.WINDOWS_CLIENT ? WINDOWS : LINUX;
    }
}
