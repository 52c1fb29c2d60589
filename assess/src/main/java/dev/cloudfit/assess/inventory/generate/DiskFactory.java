package dev.cloudfit.assess.inventory.generate;

import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.DiskAddress;
import dev.cloudfit.assess.inventory.DiskProvisioning;
import dev.cloudfit.core.units.DataSize;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a VM's virtual disks: an OS disk sized like the OS's images (Windows 60–127 GiB, Linux
 * 16–100 GiB), mostly one to three data disks from 10 GiB to a few TiB, thin or thick, on the
 * cluster's datastores, on SCSI controllers at the units vSphere would give them (unit 7 is the
 * controller's own). The special kinds add their disk: 40 TiB, a physical-mode RDM, shared
 * cluster disks, or 60 disks over four controllers.
 */
final class DiskFactory {

    static final String PVSCSI = "VMware paravirtual SCSI";
    static final String LSI_SAS = "LSI Logic SAS";
    static final String LSI_PARALLEL = "LSI Logic Parallel";

    /** Units usable per SCSI controller: 0–15 without 7. */
    static final int UNITS_PER_BUS = 15;

    private static final List<Integer> WINDOWS_OS_GIB = List.of(60, 80, 90, 100, 120, 127);
    private static final double[] WINDOWS_OS_WEIGHTS = {2, 3, 2, 3, 2, 2};
    private static final List<Integer> LINUX_OS_GIB = List.of(16, 20, 30, 40, 50, 60, 100);
    private static final double[] LINUX_OS_WEIGHTS = {1, 2, 2, 3, 2, 2, 1};
    private static final List<Integer> DATA_GIB = List.of(10, 20, 50, 100, 200, 250, 500, 750, 1024, 2048, 4096, 8192);
    private static final double[] DATA_WEIGHTS = {4, 8, 14, 20, 14, 8, 12, 5, 7, 4, 1.5, 0.5};
    private static final List<Integer> DISK_COUNT = List.of(1, 2, 3, 4, 5, 6, 7, 8);
    private static final double[] DISK_COUNT_WEIGHTS = {30, 32, 17, 9, 5, 3, 2, 2};
    private static final List<DiskProvisioning> PROVISIONING =
            List.of(DiskProvisioning.THIN, DiskProvisioning.THICK_LAZY_ZEROED, DiskProvisioning.THICK_EAGER_ZEROED);
    private static final double[] PROVISIONING_WEIGHTS = {60, 30, 10};

    private DiskFactory() {
    }

    /** What the disks are made from: the VM's name, OS, role, kind, appliance and datastores. */
    record DiskRequest(String vmName, VmKind kind, boolean windows, String role, int hardwareVersion,
            ApplianceProfile appliance, List<String> datastores) {
    }

    static List<MadeDisk> make(Dice dice, DiskRequest r) {
        String controller = controllerType(dice, r);
        String home = dice.oneOf(r.datastores());
        List<Long> sizesGib = new ArrayList<>();
        if (r.appliance() != null) {
            r.appliance().diskGib().forEach(g -> sizesGib.add((long) g));
        } else {
            sizesGib.add((long) (r.windows() ? dice.weighted(WINDOWS_OS_GIB, WINDOWS_OS_WEIGHTS)
                    : dice.weighted(LINUX_OS_GIB, LINUX_OS_WEIGHTS)));
            int count = r.kind() == VmKind.MANY_DISKS ? 60 : dice.weighted(DISK_COUNT, DISK_COUNT_WEIGHTS)
                    + (r.role().equals("db") || r.role().equals("sql") ? 1 : 0);
            for (int i = 1; i < count; i++) {
                long gib = r.kind() == VmKind.MANY_DISKS ? dice.between(1, 5) * 100L : dice.weighted(DATA_GIB, DATA_WEIGHTS);
                sizesGib.add(gib);
            }
        }
        boolean dataOnSecondBus = sizesGib.size() > 1 && sizesGib.size() <= 8 && dice.chance(0.3);
        List<MadeDisk> disks = new ArrayList<>();
        for (int i = 0; i < sizesGib.size(); i++) {
            int slot = dataOnSecondBus && i > 0 ? UNITS_PER_BUS + i - 1 : i;
            String ds = i == 0 || dice.chance(0.7) ? home : dice.oneOf(r.datastores());
            DiskProvisioning provisioning = r.appliance() != null ? DiskProvisioning.THIN
                    : dice.weighted(PROVISIONING, PROVISIONING_WEIGHTS);
            boolean independent = i > 0 && r.appliance() == null && dice.chance(0.01);
            disks.add(disk(dice, r, i, slot, sizesGib.get(i), ds, controller, provisioning,
                    independent ? "independent_persistent" : "persistent", false, false, "sharingNone", "noSharing"));
        }
        addSpecialDisks(dice, r, controller, home, disks);
        return disks;
    }

    private static void addSpecialDisks(Dice dice, DiskRequest r, String controller, String home, List<MadeDisk> disks) {
        int next = disks.size();
        int freeSlot = Math.max(next, UNITS_PER_BUS * 2);
        switch (r.kind()) {
            case DISK_TOO_LARGE -> disks.add(disk(dice, r, next, freeSlot, 40L * 1024, home, controller,
                    DiskProvisioning.THIN, "persistent", false, false, "sharingNone", "noSharing"));
            case RDM_DISK -> disks.add(disk(dice, r, next, freeSlot, 2048, home, controller,
                    DiskProvisioning.THICK_LAZY_ZEROED, "independent_persistent", true, false, "sharingNone", "noSharing"));
            case SHARED_DISK -> {
                // Windows failover clusters share the SCSI bus across hosts; Oracle RAC uses multi-writer
                String sharing = r.windows() ? "sharingNone" : "sharingMultiWriter";
                String bus = r.windows() ? "physicalSharing" : "noSharing";
                int count = dice.between(2, 3);
                for (int i = 0; i < count; i++) {
                    disks.add(disk(dice, r, next + i, freeSlot + i, dice.between(1, 4) * 256L, home, controller,
                            DiskProvisioning.THICK_EAGER_ZEROED, "independent_persistent", false, true, sharing, bus));
                }
            }
            default -> { }
        }
    }

    private static MadeDisk disk(Dice dice, DiskRequest r, int number, int slot, long gib, String datastore,
            String controller, DiskProvisioning provisioning, String mode, boolean rdm, boolean shared,
            String sharingMode, String busSharing) {
        int bus = slot / UNITS_PER_BUS;
        int unitIndex = slot % UNITS_PER_BUS;
        int unit = unitIndex < 7 ? unitIndex : unitIndex + 1;
        String fileName = r.vmName() + (number == 0 ? "" : "_" + number) + (rdm ? "-rdmp" : "") + ".vmdk";
        String file = "[" + datastore + "] " + r.vmName() + "/" + fileName;
        String uuid = "6000C29" + dice.hex(1) + "-" + dice.hex(4) + "-" + dice.hex(4) + "-" + dice.hex(4) + "-"
                + dice.hex(12);
        Disk disk = new Disk("Hard disk " + (number + 1), DataSize.ofGibibytes(gib), provisioning, datastore,
                controller, mode.startsWith("independent"), rdm, shared, new DiskAddress("scsi", bus, unit));
        return new MadeDisk(disk, new DiskSlot(bus, unit, DiskSlot.scsiKey(bus, unit), uuid, file,
                "SCSI controller " + bus, mode, sharingMode, busSharing));
    }

    private static String controllerType(Dice dice, DiskRequest r) {
        if (r.appliance() != null) {
            return r.appliance().vmwareProduct() ? PVSCSI : LSI_PARALLEL;
        }
        if (r.windows()) {
            return r.hardwareVersion() >= 13 && dice.chance(0.5) ? PVSCSI : LSI_SAS;
        }
        return r.hardwareVersion() >= 11 && dice.chance(0.7) ? PVSCSI : LSI_PARALLEL;
    }
}
