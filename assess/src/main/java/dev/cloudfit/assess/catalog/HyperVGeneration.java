package dev.cloudfit.assess.catalog;

/**
 * The Hyper-V VM generation a size can boot: V1 is BIOS, V2 is UEFI. A VMware VM with BIOS firmware
 * lands on V1 unless it is converted; several v6 series accept V2 only.
 */
public enum HyperVGeneration {
    V1,
    V2
}
