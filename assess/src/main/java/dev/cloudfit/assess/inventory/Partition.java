package dev.cloudfit.assess.inventory;

import dev.cloudfit.core.units.DataSize;
import java.util.Objects;

/** A guest file system as VMware Tools reports it ({@code C:\}, {@code /var}). */
public record Partition(String mountPoint, DataSize capacity, DataSize consumed) {

    public Partition {
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(consumed, "consumed");
    }
}
