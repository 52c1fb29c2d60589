package dev.cloudfit.migrate.azure;

import java.util.Objects;

/**
 * What makes a disk an OS disk: the guest's OS family and its firmware.
 *
 * @param osType   Linux or Windows
 * @param firmware BIOS (Hyper-V generation V1) or UEFI (V2)
 */
public record OsDisk(OsType osType, Firmware firmware) {

    /** The guest's OS family, as ARM's {@code osType}. */
    public enum OsType { LINUX, WINDOWS }

    /** The VM's firmware, which decides the Hyper-V generation. */
    public enum Firmware {
        BIOS, UEFI;

        /** @return {@code V1} for BIOS, {@code V2} for UEFI */
        public String hyperVGeneration() {
            return this == BIOS ? "V1" : "V2";
        }
    }

    public OsDisk {
        Objects.requireNonNull(osType, "osType");
        Objects.requireNonNull(firmware, "firmware");
    }
}
