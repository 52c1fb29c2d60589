package dev.cloudfit.assess.sizing.readiness;

import dev.cloudfit.assess.inventory.Vm;

import java.util.List;

/** At most 65 disks including the OS disk (64 data disks), the largest count any Azure size attaches. */
public final class DiskCountRule implements ReadinessRule {

    public static final int MAX_DISKS = 65;

    @Override
    public List<Finding> check(Vm vm) {
        int disks = vm.disks().size();
        if (disks <= MAX_DISKS) {
            return List.of();
        }
        return List.of(Finding.of("azure.disk.too-many", "MoreDisksThanSupported", Severity.BLOCKER,
                disks + " disks; Azure attaches at most " + MAX_DISKS + " including the OS disk",
                "Consolidate volumes onto fewer, larger disks before migration"));
    }
}
