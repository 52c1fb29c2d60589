package dev.cloudfit.assess.backtest;

import dev.cloudfit.assess.catalog.VmSizeSpec;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.workspace.perf.HeldOutSamples.Load;
import dev.cloudfit.assess.workspace.perf.PerfCounters;
import dev.cloudfit.core.units.DataRate;
import java.util.OptionalDouble;

/**
 * What one Azure size gives a VM and what one sample asks of it, in the sizing's units: CPU in vCPUs (the VM's
 * vCPUs × CPU %, against the size's vCPUs), memory in GiB (configured × memory %, against the size's memory),
 * disk IOPS and MB/s summed over the VM's disks against the size's uncached limits, outbound network MB/s against
 * its bandwidth. A limit the catalog does not state, or a unit this check does not know, is not checked (empty).
 */
public record SizeCapacity(Vm vm, VmSizeSpec size) {

    /** The sample's demand in the unit of {@link #capacity}; empty when its unit is unknown. */
    public OptionalDouble demand(Load load, double value, String unit) {
        return switch (load) {
            case CPU_PERCENT -> OptionalDouble.of(vm.vcpus() * value / 100.0);
            case MEMORY_PERCENT -> OptionalDouble.of(vm.memory().toGibibytes() * value / 100.0);
            case DISK_IOPS -> OptionalDouble.of(value);
            case DISK_RATE, NETWORK_OUT_RATE -> PerfCounters.UNIT_KBPS.equals(unit)
                    ? OptionalDouble.of(DataRate.ofKibibytesPerSecond(value).toMegabytesPerSecond())
                    : OptionalDouble.empty();
        };
    }

    /** The size's capacity for a load; empty when the catalog gives no figure. */
    public OptionalDouble capacity(Load load) {
        return switch (load) {
            case CPU_PERCENT -> OptionalDouble.of(size.vcpus());
            case MEMORY_PERCENT -> OptionalDouble.of(size.memory().toGibibytes());
            case DISK_IOPS -> size.uncachedDiskIops().isPresent()
                    ? OptionalDouble.of(size.uncachedDiskIops().getAsInt()) : OptionalDouble.empty();
            case DISK_RATE -> size.uncachedDiskThroughput().map(r -> OptionalDouble.of(r.toMegabytesPerSecond()))
                    .orElse(OptionalDouble.empty());
            case NETWORK_OUT_RATE -> size.networkBandwidth().map(r -> OptionalDouble.of(r.toMegabytesPerSecond()))
                    .orElse(OptionalDouble.empty());
        };
    }

    /** The load in a few words, as the VMs sheet names it. */
    public static String label(Load load) {
        return switch (load) {
            case CPU_PERCENT -> "CPU";
            case MEMORY_PERCENT -> "memory";
            case DISK_IOPS -> "disk IOPS";
            case DISK_RATE -> "disk MB/s";
            case NETWORK_OUT_RATE -> "network out";
        };
    }
}
