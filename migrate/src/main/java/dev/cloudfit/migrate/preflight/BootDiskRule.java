package dev.cloudfit.migrate.preflight;

import dev.cloudfit.migrate.plan.DiskOrder;
import dev.cloudfit.migrate.plan.PlannedVm;
import dev.cloudfit.vsphere.vm.DiskFacts;
import dev.cloudfit.vsphere.vm.DiskSlot;
import dev.cloudfit.vsphere.vm.VmFacts;
import java.util.List;
import java.util.Optional;

/**
 * Says when the OS disk {@link DiskOrder} chose deserves a look: the VM's boot order names a disk that
 * is not first in slot order (the assessment sized the first one as the OS disk), or there is no boot
 * order and the disks sit on more than one kind of controller (cloudfit's bus preference decided).
 */
final class BootDiskRule implements SourceRule {

    @Override
    public List<Finding> check(PlannedVm planned, VmFacts facts) {
        DiskOrder order = DiskOrder.of(facts);
        if (order.os().isEmpty()) {
            return List.of();
        }
        DiskFacts os = order.os().get();
        DiskFacts first = DiskOrder.inSlotOrder(facts.disks()).get(0);
        if (order.basis() == DiskOrder.Basis.BOOT_ORDER && os.key() != first.key()) {
            return List.of(new Finding("vmware.disk.boot-not-first", Severity.WARNING, planned.name(),
                    name(os) + " becomes the OS disk: the VM's boot order names it; " + name(first)
                            + " comes first by controller and unit and was assessed as the OS disk",
                    "check that the types approved for " + name(os) + " and " + name(first)
                            + " suit an OS disk and a data disk; if not, assess the VM again"));
        }
        long buses = facts.disks().stream().map(DiskFacts::slot).flatMap(Optional::stream).map(DiskSlot::bus)
                .distinct().count();
        if (order.basis() == DiskOrder.Basis.SLOT_ORDER && buses > 1) {
            return List.of(new Finding("vmware.disk.boot-guessed", Severity.WARNING, planned.name(),
                    "no boot order names a disk and the disks sit on more than one kind of controller: " + name(os)
                            + " becomes the OS disk (SCSI before SATA, NVMe, IDE; then bus and unit)",
                    "if the VM boots from another disk, put that disk first in the VM's boot order (VM Options,"
                            + " Boot Options) and plan again"));
        }
        return List.of();
    }

    private static String name(DiskFacts d) {
        return d.label() + " (" + d.slot().map(Object::toString).orElse("device key " + d.key()) + ")";
    }
}
