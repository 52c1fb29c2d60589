package dev.cloudfit.vsphere.warm;

import java.util.List;
import java.util.Objects;

/**
 * One finished cycle.
 *
 * @param state the state after it (already handed to the checkpoint)
 * @param disks what happened to each disk
 */
public record CycleReport(WarmState state, List<DiskCopy> disks) {

    public CycleReport {
        Objects.requireNonNull(state, "state");
        disks = List.copyOf(disks);
    }

    /** @return the bytes copied over all disks */
    public long bytes() {
        return disks.stream().mapToLong(DiskCopy::bytes).sum();
    }
}
