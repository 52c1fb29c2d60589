package dev.cloudfit.assess.sizing.iaas;

import dev.cloudfit.assess.catalog.HyperVGeneration;
import dev.cloudfit.assess.sizing.disk.DiskNeed;

/** A VM's {@link VmNeeds} as plain numbers, computed once per VM for {@link SizeLimits#fits}. */
public record Demand(double cores, long memoryBytes, int dataDisks, double iops, double mbps, int nics,
        double networkBytesPerSecond, HyperVGeneration generation, boolean premium) {

    public static Demand of(VmNeeds n, boolean premium) {
        double iops = 0;
        double mbps = 0;
        for (DiskNeed d : n.disks()) {
            iops += d.iops().orElse(0);
            mbps += d.mbps().orElse(0);
        }
        return new Demand(n.cores(), n.memory().bytes(), n.dataDisks(), iops, mbps, n.nics(),
                n.network().map(r -> r.bytesPerSecond()).orElse(0.0), n.generation(), premium);
    }
}
