package dev.cloudfit.vsphere.cbt;

import java.util.List;
import java.util.Objects;

/**
 * What QueryChangedDiskAreas reported for a whole disk.
 *
 * @param changeId what the areas are relative to: {@code *} for "every area holding data"
 * @param areas ascending, non-overlapping, adjacent areas merged
 */
public record DiskChanges(String changeId, List<DiskArea> areas) {

    /** The change id that asks for every area holding data. */
    public static final String ALL_ALLOCATED = "*";

    public DiskChanges {
        Objects.requireNonNull(changeId, "changeId");
        areas = List.copyOf(areas);
    }

    /** @return the bytes the areas cover */
    public long bytes() {
        return areas.stream().mapToLong(DiskArea::length).sum();
    }
}
