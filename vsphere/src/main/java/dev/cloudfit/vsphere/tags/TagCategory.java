package dev.cloudfit.vsphere.tags;

import java.util.List;
import java.util.Objects;

/**
 * A tag category: its id ({@code urn:vmomi:InventoryServiceCategory:...}), name, whether an object
 * may carry one or several of its tags, and the object types its tags may be attached to (empty:
 * any type).
 *
 * @param id the category id
 * @param name e.g. {@code Environment}
 * @param description free text, may be empty
 * @param cardinality one tag or many per object
 * @param associableTypes e.g. {@code VirtualMachine}; empty means every type
 */
public record TagCategory(String id, String name, String description, Cardinality cardinality,
                          List<String> associableTypes) {

    /** How many tags of one category an object may carry. */
    public enum Cardinality {
        SINGLE, MULTIPLE
    }

    public TagCategory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(cardinality, "cardinality");
        associableTypes = List.copyOf(associableTypes);
    }
}
