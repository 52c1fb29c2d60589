package dev.cloudfit.assess.inventory.generate;

import dev.cloudfit.assess.inventory.Vm;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One generated VM: the inventory model itself plus what a generator knows beyond it. {@code index}
 * is its place in the estate (0-based); {@code diskSlots} line up with {@code vm.disks()};
 * {@code partitionDisks} gives, for each of {@code vm.partitions()}, the index of the disk it lives
 * on; {@code nicSwitches} lines up with {@code vm.nics()}. {@code memoryReserved}: all of the
 * memory is reserved (as some appliances require). {@code poweredOnAt} is null unless the
 * VM is on.
 */
public record GeneratedVm(
        int index,
        Vm vm,
        VmKind kind,
        WorkloadProfile workload,
        List<DiskSlot> diskSlots,
        List<Integer> partitionDisks,
        List<String> nicSwitches,
        boolean secureBoot,
        boolean memoryReserved,
        LocalDateTime createdAt,
        LocalDateTime poweredOnAt) {

    public GeneratedVm {
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(workload, "workload");
        diskSlots = List.copyOf(diskSlots);
        partitionDisks = List.copyOf(partitionDisks);
        nicSwitches = List.copyOf(nicSwitches);
        if (diskSlots.size() != vm.disks().size() || partitionDisks.size() != vm.partitions().size()
                || nicSwitches.size() != vm.nics().size()) {
            throw new IllegalArgumentException("device details do not line up with the VM's devices");
        }
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
