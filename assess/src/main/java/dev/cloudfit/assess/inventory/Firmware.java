package dev.cloudfit.assess.inventory;

import java.util.Locale;

/** Boot firmware: BIOS needs an Azure Generation 1 VM, EFI (UEFI) a Generation 2 VM. */
public enum Firmware {
    BIOS, EFI, UNKNOWN;

    public static Firmware parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "bios" -> BIOS;
            case "efi", "uefi" -> EFI;
            default -> UNKNOWN;
        };
    }
}
