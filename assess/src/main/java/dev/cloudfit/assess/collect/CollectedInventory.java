package dev.cloudfit.assess.collect;

import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.vsphere.session.AboutInfo;
import java.util.List;
import java.util.Objects;

/**
 * What one inventory collection read: the inventory (the same model an RVTools import gives, to
 * store and assess), the VMs with their references and counter instances (for performance
 * collection), and what the vCenter said it is.
 *
 * @param inventory the estate, tags still empty
 * @param vms every VM with its reference, in {@code inventory.vms()} order
 * @param about the vCenter's {@code ServiceContent.about}
 */
public record CollectedInventory(Inventory inventory, List<CollectedVm> vms, AboutInfo about) {

    public CollectedInventory {
        Objects.requireNonNull(inventory, "inventory");
        vms = List.copyOf(vms);
        Objects.requireNonNull(about, "about");
    }
}
