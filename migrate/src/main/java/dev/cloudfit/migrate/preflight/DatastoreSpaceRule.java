package dev.cloudfit.migrate.preflight;

import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.migrate.plan.PlannedVm;
import dev.cloudfit.vsphere.vm.DiskFacts;
import dev.cloudfit.vsphere.vm.VmFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A snapshot's delta grows with what the guest writes while the copy runs. Azure Migrate and
 * Forklift ask for room for it; cloudfit warns below 10 % of the VM's disks on a datastore.
 */
final class DatastoreSpaceRule implements SourceRule {

    static final double SNAPSHOT_HEADROOM = 0.10;

    @Override
    public List<Finding> check(PlannedVm planned, VmFacts facts) {
        Map<String, Long> bytesByStore = new LinkedHashMap<>();
        for (DiskFacts d : facts.disks()) {
            bytesByStore.merge(d.datastore(), d.capacity().bytes(), Long::sum);
        }
        List<Finding> out = new ArrayList<>();
        bytesByStore.forEach((store, bytes) -> {
            DataSize free = facts.datastoreFree().get(store);
            long need = (long) (bytes * SNAPSHOT_HEADROOM);
            if (free == null) {
                out.add(new Finding("vmware.datastore.unknown-space", Severity.WARNING, planned.name(),
                        "the free space of datastore '" + store + "' could not be read", "check it has room for a snapshot"));
            } else if (free.bytes() < need) {
                out.add(new Finding("vmware.datastore.low-space", Severity.WARNING, planned.name(),
                        "datastore '" + store + "' has " + mib(free.bytes()) + " MiB free; a snapshot during the copy"
                                + " may need up to " + mib(need) + " MiB (10 % of the VM's disks there)",
                        "free space on the datastore, or migrate the VM powered off (no snapshot)"));
            }
        });
        return out;
    }

    private static long mib(long bytes) {
        return bytes / DataSize.MIB;
    }
}
