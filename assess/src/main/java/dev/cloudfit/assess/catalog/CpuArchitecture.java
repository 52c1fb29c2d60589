package dev.cloudfit.assess.catalog;

/** The instruction set of a size's processors; VMware guests are x64, so Arm64 sizes are never a target for them. */
public enum CpuArchitecture {
    X64,
    ARM64
}
