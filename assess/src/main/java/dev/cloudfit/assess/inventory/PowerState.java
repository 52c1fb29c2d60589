package dev.cloudfit.assess.inventory;

import java.util.Locale;

/** vSphere's VirtualMachinePowerState, plus UNKNOWN when the source does not say. */
public enum PowerState {
    POWERED_ON, POWERED_OFF, SUSPENDED, UNKNOWN;

    /** Reads vSphere ({@code poweredOn}), PowerCLI ({@code PoweredOn}) and plain ({@code on}) spellings. */
    public static PowerState parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
        return switch (t) {
            case "poweredon", "on", "running" -> POWERED_ON;
            case "poweredoff", "off", "stopped" -> POWERED_OFF;
            case "suspended" -> SUSPENDED;
            default -> UNKNOWN;
        };
    }
}
