package dev.cloudfit.assess.sizing.readiness;

import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.Firmware;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.core.units.DataSize;

import java.util.ArrayList;
import java.util.List;

/**
 * Disk sizes: every disk ≤ 64 TiB (the largest managed disk); the OS disk (the first disk) ≤ 2 TiB
 * when booting BIOS or unknown (Generation 1, MBR) and ≤ 4 TiB when booting UEFI (Generation 2).
 */
public final class DiskSizeRule implements ReadinessRule {

    public static final DataSize MAX_DISK = DataSize.ofTebibytes(64);
    public static final DataSize MAX_OS_DISK_GEN1 = DataSize.ofTebibytes(2);
    public static final DataSize MAX_OS_DISK_GEN2 = DataSize.ofTebibytes(4);

    public static DataSize maxOsDisk(Firmware firmware) {
        return firmware == Firmware.EFI ? MAX_OS_DISK_GEN2 : MAX_OS_DISK_GEN1;
    }

    @Override
    public List<Finding> check(Vm vm) {
        List<Finding> out = new ArrayList<>();
        List<Disk> disks = vm.disks();
        for (int i = 0; i < disks.size(); i++) {
            Disk d = disks.get(i);
            if (d.capacity().compareTo(MAX_DISK) > 0) {
                out.add(new Finding("azure.disk.too-large", "DiskSizeGreaterThanSupported", Severity.BLOCKER,
                        label(d, i), "Disk of " + d.capacity() + " exceeds the largest managed disk (64 TiB)",
                        "Split the volume across several disks before migration"));
            } else if (i == 0 && d.capacity().compareTo(maxOsDisk(vm.firmware())) > 0) {
                boolean gen2 = vm.firmware() == Firmware.EFI;
                out.add(new Finding("azure.disk.os-too-large", "DiskSizeGreaterThanSupported", Severity.BLOCKER,
                        label(d, i), "OS disk of " + d.capacity() + " exceeds the " + maxOsDisk(vm.firmware())
                        + " limit for " + (gen2 ? "Generation 2 (UEFI)" : "Generation 1 (BIOS)") + " VMs",
                        gen2 ? "Move data off the OS disk to data disks"
                                : "Move data off the OS disk, or convert the VM to UEFI (Generation 2, 4 TiB limit)"));
            }
        }
        return out;
    }

    static String label(Disk d, int index) {
        return d.label() == null || d.label().isBlank() ? "disk " + (index + 1) : d.label();
    }
}
