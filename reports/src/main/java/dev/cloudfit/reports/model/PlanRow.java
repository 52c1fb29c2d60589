package dev.cloudfit.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * One VM's migration target on the Migration Plan sheet: the assessed facts an admin approves and
 * the migrate plugin then executes exactly.
 *
 * @param diskTypes managed-disk tier per disk, OS disk first (e.g. "Premium SSD P10")
 * @param wave      migration wave, 1 or more
 */
public record PlanRow(VmIdentity vm, String targetSize, List<String> diskTypes, String region,
        String resourceGroup, String vnet, String subnet, int wave) {

    public PlanRow {
        Objects.requireNonNull(vm, "vm");
        targetSize = Text.required(targetSize, "targetSize");
        diskTypes = List.copyOf(diskTypes);
        region = Text.required(region, "region");
        resourceGroup = Text.required(resourceGroup, "resourceGroup");
        vnet = Text.required(vnet, "vnet");
        subnet = Text.required(subnet, "subnet");
        if (wave < 1) {
            throw new IllegalArgumentException("wave must be 1 or more: " + wave);
        }
    }
}
