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

    /** First key vSphere gives a VM's network adapters (4000, 4001, ... in device order). */
    static final int FIRST_NIC_KEY = 4000;

    /**
     * The VM's own disks and NICs: each disk with a known address gets its vCenter instance
     * ({@code scsi0:1}); NICs get the device keys vSphere gives adapters in order ({@code 4000},
     * {@code 4001} ...), an assumption the inventory cannot check (RVTools does not list NIC keys).
     * Sizing sums network over all NICs, so NIC keys only need to be distinct.
     */
    public static SyntheticVm of(dev.cloudfit.assess.inventory.Vm vm, WorkloadProfile profile) {
        List<String> disks = vm.disks().stream().flatMap(d -> d.perfInstance().stream()).toList();
        List<String> nics = java.util.stream.IntStream.range(0, vm.nics().size())
                .mapToObj(i -> Integer.toString(FIRST_NIC_KEY + i)).toList();
        return new SyntheticVm(vm.identity().key(), profile, disks, nics);
    }

    /** A VM with one disk and one NIC: eight series (CPU, memory, four disk, two network). */
    public static SyntheticVm simple(String vmKey, WorkloadProfile profile) {
        return new SyntheticVm(vmKey, profile, List.of("scsi0:0"), List.of("4000"));
    }
}
