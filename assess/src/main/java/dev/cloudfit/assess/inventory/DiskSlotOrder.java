package dev.cloudfit.assess.inventory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The order an assessment lists a VM's disks in, and so the order of the approved disk types on the
 * Migration Plan: by the disk's address, bus kind SCSI, SATA, NVMe, IDE, then bus number, then unit
 * ({@code scsi0:0}, {@code scsi0:1}, {@code scsi1:0}, {@code ide0:0}). {@code migrate plan} matches
 * the approved types to the live disks in this same order (docs/migrate.md, "Which disk is the OS
 * disk"); vCenter's device list and RVTools' row order are not stable (an edited disk moves). When
 * any disk's address is unknown the source order is kept: nothing better is known.
 */
public final class DiskSlotOrder {

    private static final List<String> BUSES = List.of("scsi", "sata", "nvme", "ide");

    /** Bus kind (SCSI, SATA, NVMe, IDE), then bus number, then unit. */
    public static final Comparator<DiskAddress> ORDER = Comparator
            .comparingInt((DiskAddress a) -> BUSES.indexOf(a.bus()))
            .thenComparingInt(DiskAddress::busNumber)
            .thenComparingInt(DiskAddress::unit);

    private DiskSlotOrder() {
    }

    /** The disk's address: its own, or the one its controller text names ({@code scsi0:1}, as collect writes). */
    public static Optional<DiskAddress> address(Disk disk) {
        return Optional.ofNullable(disk.address()).or(() -> DiskAddress.parse(disk.controller()));
    }

    /** The indexes of {@code disks} in slot order; 0, 1, 2 ... when any address is unknown. */
    public static List<Integer> order(List<Disk> disks) {
        List<Integer> indexes = java.util.stream.IntStream.range(0, disks.size()).boxed().toList();
        if (disks.stream().anyMatch(d -> address(d).isEmpty())) {
            return indexes;
        }
        return indexes.stream().sorted(Comparator.comparing(i -> address(disks.get(i)).orElseThrow(), ORDER)).toList();
    }

    /** The disks in slot order (stable); as given when any address is unknown. */
    public static List<Disk> sorted(List<Disk> disks) {
        return order(disks).stream().map(disks::get).toList();
    }
}
