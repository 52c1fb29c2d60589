package dev.cloudfit.assess.inventory;

import java.util.Objects;

/** A vSphere tag in its category (RVTools writes one column per category). */
public record Tag(String category, String name) {

    public Tag {
        Objects.requireNonNull(name, "name");
    }
}
