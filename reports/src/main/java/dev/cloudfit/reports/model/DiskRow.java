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
 * @param targetTier e.g. "Premium SSD P10"; empty when nothing fits
 */
public record DiskRow(
        VmIdentity vm,
        String label,
        boolean osDisk,
        DataSize provisioned,
        OptionalLong peakIops,
        Optional<DataRate> peakRate,
        Optional<String> targetTier,
        Optional<Money> monthlyCost) {

    public DiskRow {
        Objects.requireNonNull(vm, "vm");
        label = Text.required(label, "label");
        Objects.requireNonNull(provisioned, "provisioned");
        Objects.requireNonNull(peakIops, "peakIops");
        Objects.requireNonNull(peakRate, "peakRate");
        Objects.requireNonNull(targetTier, "targetTier");
        Objects.requireNonNull(monthlyCost, "monthlyCost");
    }
}
