package dev.cloudfit.reports.model;

import dev.cloudfit.core.units.DataRate;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.core.units.Money;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One virtual disk on the Disks sheet, with the managed-disk tier chosen for it.
 *
 * @param peakIops  read + write IOPS at the sizing percentile, when measured
 * @param peakRate  read + write throughput at the sizing percentile, when measured
 * @param provisioned the virtual disk's size on-premises
 * @param targetTier e.g. "Premium SSD P10"; empty when nothing fits or the VM was not sized
 * @param targetSize the size of the managed disk chosen (the tier's size, or the provisioned size of
 *                   Premium SSD v2/Ultra); empty with the tier
 */
public record DiskRow(
        VmIdentity vm,
        String label,
        boolean osDisk,
        DataSize provisioned,
        OptionalLong peakIops,
        Optional<DataRate> peakRate,
        Optional<String> targetTier,
        Optional<Money> monthlyCost,
        Optional<DataSize> targetSize) {

    public DiskRow {
        Objects.requireNonNull(vm, "vm");
        label = Text.required(label, "label");
        Objects.requireNonNull(provisioned, "provisioned");
        Objects.requireNonNull(peakIops, "peakIops");
        Objects.requireNonNull(peakRate, "peakRate");
        Objects.requireNonNull(targetTier, "targetTier");
        Objects.requireNonNull(monthlyCost, "monthlyCost");
        Objects.requireNonNull(targetSize, "targetSize");
    }

    /** A disk whose target size is not given. */
    public DiskRow(VmIdentity vm, String label, boolean osDisk, DataSize provisioned, OptionalLong peakIops,
            Optional<DataRate> peakRate, Optional<String> targetTier, Optional<Money> monthlyCost) {
        this(vm, label, osDisk, provisioned, peakIops, peakRate, targetTier, monthlyCost, Optional.empty());
    }
}
