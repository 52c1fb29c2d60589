package dev.cloudfit.assess.sizing.readiness;

import dev.cloudfit.assess.inventory.Firmware;
import dev.cloudfit.assess.inventory.Vm;

import java.util.List;

/**
 * UEFI is fine (Gen2 sizes) except with Windows Server 2003/2003 R2/2008/2008 R2, which cannot boot
 * UEFI on Azure: Not ready. An unknown boot type is sized as BIOS and made a condition (as the
 * appliance-based assessment does).
 */
public final class BootTypeRule implements ReadinessRule {

    @Override
    public List<Finding> check(Vm vm) {
        if (vm.firmware() == Firmware.UNKNOWN) {
            return List.of(Finding.of("azure.boot.unknown", "BootTypeUnknown", Severity.CONDITION,
                    "The boot type is not known; the VM is sized as BIOS (Generation 1)",
                    "Check the VM's firmware setting in vCenter; a UEFI VM needs a Generation 2 size"));
        }
        if (vm.firmware() == Firmware.EFI) {
            String os = OsName.of(vm);
            if (OsName.isWindowsServer(os) && (os.contains("2003") || os.contains("2008"))) {
                return List.of(Finding.of("azure.boot.uefi-legacy-windows", "BootTypeNotSupported", Severity.BLOCKER,
                        "UEFI boot is not supported for " + OsName.display(vm) + " on Azure",
                        "Convert the VM to BIOS boot before migration, or upgrade the OS to Windows Server 2012 or later"));
            }
        }
        return List.of();
    }
}
