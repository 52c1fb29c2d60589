package dev.cloudfit.assess.inventory.generate;

import dev.cloudfit.assess.inventory.Firmware;
import java.util.Arrays;
import java.util.List;

/**
 * The appliances a vSphere estate typically runs: vCenter itself, NSX, the Aria (vRealize) suite,
 * vSphere Replication, and vendor appliances (load balancers, firewalls). Sizes follow each
 * product's documented "small" or "medium" deployment option; the disk layouts are simplified.
 */
final class ApplianceCatalogue {

    static final List<ApplianceProfile> ALL = List.of(
            new ApplianceProfile("vcsa", "VMware vCenter Server Appliance 8.0.2", true,
                    "VMware Photon OS (64-bit)", "VMware Photon OS (64-bit)", 4, 21,
                    List.of(48, 6, 25, 25, 10, 10, 15, 10, 10, 100, 50),
                    Arrays.asList("/", null, "/storage/log", "/storage/db", "/storage/dblog", "/storage/seat",
                            "/storage/netdump", "/storage/autodeploy", "/storage/imagebuilder", "/storage/updatemgr",
                            "/storage/archive"),
                    Firmware.EFI, 10, false),
            new ApplianceProfile("nsxmgr", "VMware NSX Manager 4.1.2", true,
                    "Ubuntu Linux (64-bit)", "Ubuntu 20.04.6 LTS", 6, 24,
                    List.of(300), List.of("/"), Firmware.BIOS, 13, true),
            new ApplianceProfile("aria-ops", "VMware Aria Operations 8.14 (vRealize Operations)", true,
                    "VMware Photon OS (64-bit)", "VMware Photon OS (64-bit)", 8, 32,
                    List.of(20, 250, 4), Arrays.asList("/", "/storage/db", null), Firmware.BIOS, 11, true),
            new ApplianceProfile("aria-logs", "VMware Aria Operations for Logs 8.14 (vRealize Log Insight)", true,
                    "VMware Photon OS (64-bit)", "VMware Photon OS (64-bit)", 4, 8,
                    List.of(12, 270), List.of("/", "/storage/core"), Firmware.BIOS, 11, false),
            new ApplianceProfile("vr", "VMware vSphere Replication Appliance 8.8", true,
                    "VMware Photon OS (64-bit)", "VMware Photon OS (64-bit)", 4, 8,
                    List.of(13, 9), List.of("/", "/opt/vmware/hms"), Firmware.BIOS, 11, false),
            new ApplianceProfile("bigip", "F5 BIG-IP Virtual Edition 17.1 (vendor appliance)", false,
                    "Other 3.x or later Linux (64-bit)", "Other 3.x or later Linux (64-bit)", 4, 16,
                    List.of(82), List.of("/"), Firmware.BIOS, 13, true),
            new ApplianceProfile("pafw", "Palo Alto Networks VM-Series firewall, PAN-OS 11.0 (vendor appliance)", false,
                    "Other 4.x or later Linux (64-bit)", null, 4, 16,
                    List.of(60), Arrays.asList((String) null), Firmware.BIOS, 13, true));

    private ApplianceCatalogue() {
    }

    /** The n-th appliance of an estate: every product appears once before any repeats. */
    static ApplianceProfile nth(int n) {
        return ALL.get(n % ALL.size());
    }
}
