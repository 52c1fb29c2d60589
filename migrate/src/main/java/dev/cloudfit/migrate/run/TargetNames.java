package dev.cloudfit.migrate.run;

import dev.cloudfit.migrate.journal.RunMode;
import dev.cloudfit.migrate.plan.PlannedVm;
import java.util.Locale;

/**
 * The Azure names of what a VM gets: the VM ({@code web01}, or {@code web01-test} for a test
 * migration, as Azure Migrate names it), its disks ({@code web01-osdisk}, {@code web01-datadisk-1}),
 * its NIC ({@code web01-nic}). vSphere names are made Azure-safe: characters other than letters,
 * digits, {@code . _ -} become {@code -}; at most 64 characters.
 */
record TargetNames(String vm) {

    static TargetNames of(PlannedVm planned, RunMode mode) {
        String base = planned.name().replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[-_.]+", "");
        if (base.isEmpty()) {
            base = "vm-" + planned.instanceUuid().substring(0, 8).toLowerCase(Locale.ROOT);
        }
        String suffix = mode == RunMode.TEST ? "-test" : "";
        int room = 64 - suffix.length() - "-datadisk-63".length();
        if (base.length() > room) {
            base = base.substring(0, room);
        }
        base = base.replaceAll("[-.]+$", "");
        return new TargetNames(base + suffix);
    }

    String disk(int index) {
        return index == 0 ? vm + "-osdisk" : vm + "-datadisk-" + index;
    }

    String nic() {
        return vm + "-nic";
    }
}
