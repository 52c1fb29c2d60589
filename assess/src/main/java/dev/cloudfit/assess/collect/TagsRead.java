package dev.cloudfit.assess.collect;

import dev.cloudfit.assess.inventory.ImportWarning;
import dev.cloudfit.assess.inventory.Tag;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.util.List;
import java.util.Map;

/**
 * What a {@link TagSource} read: tags per VM reference, and the warnings that stand in for tags it
 * could not read (a vCenter without the REST API, a user without tag privileges): tags are worth a
 * warning in the inventory, not a failed collection.
 *
 * @param byVm tags per VM reference; VMs absent have none
 * @param warnings why tags are missing, if they are
 */
public record TagsRead(Map<ManagedObjectReference, List<Tag>> byVm, List<ImportWarning> warnings) {

    /** Nothing read, nothing wrong. */
    public static final TagsRead NONE = new TagsRead(Map.of(), List.of());

    public TagsRead {
        byVm = Map.copyOf(byVm);
        warnings = List.copyOf(warnings);
    }
}
