package dev.cloudfit.vsphere.warm;

import dev.cloudfit.vsphere.cbt.DiskArea;
import java.util.List;
import java.util.Objects;

/**
 * What a cycle did to one disk.
 *
 * @param deviceKey the disk
 * @param mode first copy, changes only, or full copy after a reset
 * @param areas the areas read from the source and written to the target, ascending
 * @param bytes the bytes those areas hold
 * @param note why a full copy was needed, or empty
 */
public record DiskCopy(int deviceKey, CopyMode mode, List<DiskArea> areas, long bytes, String note) {

    public DiskCopy {
        Objects.requireNonNull(mode, "mode");
        areas = List.copyOf(areas);
        Objects.requireNonNull(note, "note");
    }
}
