package dev.cloudfit.assess.workspace.synth;

import java.util.List;
import java.util.Objects;

/**
 * A VM to generate history for: its key ({@code Vm.identity().key()}), profile, and the disk
 * ({@code scsi0:0}) and NIC ({@code 4000}) instances that get per-instance series.
 */
public record SyntheticVm(String vmKey, WorkloadProfile profile, List<String> disks, List<String> nics) {

    public SyntheticVm {
        Objects.requireNonNull(vmKey, "vmKey");
        Objects.requireNonNull(profile, "profile");
        disks = List.copyOf(disks);
        nics = List.copyOf(nics);
    }

    /** A VM with one disk and one NIC: eight series (CPU, memory, four disk, two network). */
    public static SyntheticVm simple(String vmKey, WorkloadProfile profile) {
        return new SyntheticVm(vmKey, profile, List.of("scsi0:0"), List.of("4000"));
    }
}
