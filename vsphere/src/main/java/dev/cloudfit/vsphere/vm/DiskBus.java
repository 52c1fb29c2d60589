package dev.cloudfit.vsphere.vm;

import java.util.Optional;

/**
 * The kind of controller a virtual disk hangs off, with the prefix vSphere writes in a disk's address
 * ({@code scsi0:1}, {@code sata0:0}, {@code nvme0:0}, {@code ide0:0}).
 */
public enum DiskBus {
    SCSI("scsi"),
    SATA("sata"),
    NVME("nvme"),
    IDE("ide");

    private final String prefix;

    DiskBus(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /**
     * The bus of a controller by its vim25 type: {@code VirtualIDEController}; {@code VirtualAHCIController}
     * or {@code VirtualSATAController}; {@code VirtualNVMEController}; any SCSI controller
     * ({@code ParaVirtualSCSIController}, {@code VirtualLsiLogicController}, {@code VirtualLsiLogicSASController},
     * {@code VirtualBusLogicController}, {@code VirtualSCSIController}). Empty for anything else.
     */
    public static Optional<DiskBus> ofController(String typeName) {
        if (typeName == null) {
            return Optional.empty();
        }
        return switch (typeName) {
            case "VirtualIDEController" -> Optional.of(IDE);
            case "VirtualAHCIController", "VirtualSATAController" -> Optional.of(SATA);
            case "VirtualNVMEController" -> Optional.of(NVME);
            case "ParaVirtualSCSIController", "VirtualLsiLogicController", "VirtualLsiLogicSASController",
                    "VirtualBusLogicController", "VirtualSCSIController" -> Optional.of(SCSI);
            default -> Optional.empty();
        };
    }
}
