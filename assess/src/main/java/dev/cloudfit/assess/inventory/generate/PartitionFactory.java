package dev.cloudfit.assess.inventory.generate;

import dev.cloudfit.assess.inventory.Partition;
import dev.cloudfit.core.units.DataSize;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the guest file systems VMware Tools would report, consistent with the disks and the OS:
 * Windows gets {@code C:\} on the OS disk and a drive letter per data disk (mount folders past Z),
 * Linux {@code /boot} and {@code /} (less swap) on the OS disk and {@code /data}-style mounts, an
 * appliance its product's layout. Each partition is a little smaller than its disk and always has
 * {@code 0 < consumed < capacity}; a few are nearly full, as in real estates.
 */
final class PartitionFactory {

    private PartitionFactory() {
    }

    static List<MadePartition> make(Dice dice, boolean windows, String role, ApplianceProfile appliance,
            List<MadeDisk> disks) {
        List<MadePartition> parts = new ArrayList<>();
        for (int i = 0; i < disks.size(); i++) {
            long diskMib = (long) disks.get(i).disk().capacity().toMebibytes();
            if (appliance != null) {
                String mount = appliance.mounts().get(i);
                if (mount != null) {
                    addLinuxMount(dice, parts, i, mount, diskMib);
                }
            } else if (windows) {
                String mount = i == 0 ? "C:\\" : i <= 22 ? (char) ('C' + i) + ":\\" : "C:\\Mount\\Disk" + (i + 1) + "\\";
                long reserved = i == 0 ? dice.between(450, 650) : dice.between(1, 130);
                parts.add(partition(dice, mount, diskMib - reserved, i == 0, i));
            } else {
                addLinuxMount(dice, parts, i, i == 0 ? "/" : linuxDataMount(role, i), diskMib);
            }
        }
        return parts;
    }

    private static void addLinuxMount(Dice dice, List<MadePartition> parts, int disk, String mount, long diskMib) {
        if (mount.equals("/")) {
            long boot = 1024;
            long swap = Math.min(diskMib / 8, 1024L * dice.between(2, 8));
            parts.add(partition(dice, "/boot", boot - dice.between(20, 60), true, disk));
            parts.add(partition(dice, "/", diskMib - boot - swap, true, disk));
        } else {
            parts.add(partition(dice, mount, diskMib - dice.between(20, 200), false, disk));
        }
    }

    private static String linuxDataMount(String role, int disk) {
        if (disk > 1) {
            return "/data" + disk;
        }
        return switch (role) {
            case "db" -> "/var/lib/pgsql";
            case "web" -> "/var/www";
            case "app" -> "/opt/app";
            case "k8s" -> "/var/lib/containerd";
            case "mq" -> "/var/mqm";
            default -> "/data";
        };
    }

    private static MadePartition partition(Dice dice, String mount, long capacityMib, boolean system, int disk) {
        long capacity = Math.max(64, capacityMib);
        double used;
        if (dice.chance(0.04)) {
            used = dice.between(0.95, 0.995);
        } else {
            used = system ? dice.between(0.25, 0.8) : dice.between(0.03, 0.9);
        }
        long consumed = Math.max(1, Math.min(capacity - 1, (long) (capacity * used)));
        return new MadePartition(new Partition(mount, DataSize.ofMebibytes(capacity), DataSize.ofMebibytes(consumed)), disk);
    }
}
