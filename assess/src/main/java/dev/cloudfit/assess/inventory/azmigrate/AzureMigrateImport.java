package dev.cloudfit.assess.inventory.azmigrate;

import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.perf.UtilizationSnapshot;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an Azure Migrate CSV file holds: the inventory, and the single-point utilisation figures
 * of the servers that have any, keyed by {@link dev.cloudfit.assess.inventory.VmIdentity#key()}
 * in file order. A server without a single figure has no entry: size it "as on-premises".
 */
public record AzureMigrateImport(Inventory inventory, Map<String, UtilizationSnapshot> utilization) {

    public AzureMigrateImport {
        Objects.requireNonNull(inventory, "inventory");
        utilization = Collections.unmodifiableMap(new LinkedHashMap<>(utilization));
    }
}
