package dev.cloudfit.vsphere.tags;

import java.util.Objects;

/**
 * A tag: its id ({@code urn:vmomi:InventoryServiceTag:...}), its name and the category it belongs to.
 * Names are unique within a category only, so a tag is shown as {@code category/name}.
 *
 * @param id the tag id
 * @param name e.g. {@code production}
 * @param description free text, may be empty
 * @param categoryId the id of its {@link TagCategory}
 */
public record Tag(String id, String name, String description, String categoryId) {

    public Tag {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(categoryId, "categoryId");
    }
}
