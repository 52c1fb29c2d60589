package dev.cloudfit.assess.sizing.iaas;

import dev.cloudfit.assess.catalog.HyperVGeneration;
import dev.cloudfit.assess.catalog.VmSizeSpec;

/**
 * A size's limits as plain numbers, taken from its {@link VmSizeSpec} once per run, so checking it
 * against a VM's {@link Demand} is a handful of comparisons (the sizer checks hundreds of sizes per
 * VM). An unknown limit is -1. The rules are {@link SizeCheck#meets}'s, which stays the reference
 * (pinned equal by {@code SizingFastCheckTest}).
 */
public record SizeLimits(double vcpus, long memoryBytes, int maxDataDisks, int iops, double mbps, int maxNics,
        double networkBytesPerSecond, boolean v1, boolean v2, boolean premium) {

    private static final double EPSILON = 1e-9;

    static SizeLimits of(VmSizeSpec s) {
        return new SizeLimits(s.vcpus(), s.memory().bytes(), s.maxDataDisks().orElse(-1), s.uncachedDiskIops().orElse(-1),
                s.uncachedDiskThroughput().map(r -> r.toMegabytesPerSecond()).orElse(-1.0), s.maxNics().orElse(-1),
                s.networkBandwidth().map(r -> r.bytesPerSecond()).orElse(-1.0),
                s.supports(HyperVGeneration.V1), s.supports(HyperVGeneration.V2), s.premiumStorage());
    }

    /** Same answer as {@link SizeCheck#fits}; cheapest and most often failing checks first. */
    public boolean fits(Demand d) {
        return vcpus + EPSILON >= d.cores()
                && memoryBytes >= d.memoryBytes()
                && (d.generation() == HyperVGeneration.V2 ? v2 : v1)
                && (!d.premium() || premium)
                && (d.dataDisks() == 0 || (maxDataDisks >= 0 && maxDataDisks >= d.dataDisks()))
                && (d.iops() <= EPSILON || (iops >= 0 && iops + EPSILON >= d.iops()))
                && (d.mbps() <= EPSILON || (mbps >= 0 && mbps + EPSILON >= d.mbps()))
                && (d.nics() <= 1 || (maxNics >= 0 && maxNics >= d.nics()))
                && (d.networkBytesPerSecond() <= 0
                    || (networkBytesPerSecond >= 0 && networkBytesPerSecond >= d.networkBytesPerSecond()));
    }
}
